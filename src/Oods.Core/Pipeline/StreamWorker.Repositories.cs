using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>Opening the stream's repositories.</summary>
public sealed partial class StreamWorker
{
    /// <summary>
    /// Opens every repository of the stream. <c>move</c> is done as a hard link (or a copy across filesystems) plus
    /// removal of the staged file after the outcome is journaled, so a crash between the two never loses a file and
    /// several repositories can all get it.
    /// </summary>
    private List<RepositoryTarget> OpenRepositories()
    {
        var targets = new List<RepositoryTarget>(_stream.Repositories.Count);
        try
        {
            foreach (var settings in _stream.Repositories)
            {
                var mode = _repositories.EffectiveTransfer(settings);
                var references = mode is TransferMode.Direct or TransferMode.Symlink or TransferMode.Relsymlink or TransferMode.Link;
                var consumes = mode == TransferMode.Move;
                if (consumes)
                {
                    Directory.CreateDirectory(settings.Directory);
                    mode = FileLinks.SameFilesystem(_stream.StagingDirectory, settings.Directory) ? TransferMode.Hardlink : TransferMode.Copy;
                }

                targets.Add(new RepositoryTarget(_repositories.Open(settings with { Transfer = mode }, createIfMissing: true), references, consumes));
            }
        }
        catch
        {
            foreach (var target in targets)
            {
                target.Writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            throw;
        }

        return targets;
    }
}

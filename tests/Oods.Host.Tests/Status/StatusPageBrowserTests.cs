using System.Diagnostics;
using System.Net;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>The page at <c>/</c> in a real browser (Debian's Chromium, headless): the rendered DOM shows the streams and the last failure.</summary>
public sealed class StatusPageBrowserTests
{
    [Fact]
    public async Task Page_InHeadlessChromium_ShowsStreamNamesAndLastFailureReason()
    {
        await using var status = await StatusFixture.StartAsync();
        Drop(status.Directory.Combine("b", "landing"), 3);
        DropBad(status.Directory.Combine("a", "landing"), "first-bad.fits");
        await status.WaitForCountsAsync(("alpha", 0, 1));
        File.WriteAllBytes(status.Directory.Combine("a", "landing", "second-bad.fits"), new byte[2880 * 2]);
        await status.WaitForCountsAsync(("alpha", 0, 2), ("beta", 1, 0));
        var last = Journal(status.Directory.Path, "alpha").MaxBy(e => e.Time)!;
        Assert.EndsWith("second-bad.fits", last.Source, StringComparison.Ordinal);

        var dom = await DumpDomAsync(status.Url);

        Assert.Contains("<title>OODS status</title>", dom, StringComparison.Ordinal);
        Assert.Contains("<td class=\"stream-name\">alpha</td>", dom, StringComparison.Ordinal);
        Assert.Contains("<td class=\"stream-name\">beta</td>", dom, StringComparison.Ordinal);
        var reasons = System.Text.RegularExpressions.Regex.Matches(dom, "<td class=\"reason\">([^<]*)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Equal(last.Description, reasons[0]);
        Assert.Contains(WebUtility.HtmlEncode(last.Path), dom, StringComparison.Ordinal);
    }

    /// <summary>Loads the page in headless Chromium and returns the DOM after rendering.</summary>
    private static async Task<string> DumpDomAsync(Uri url)
    {
        using var profile = new Oods.TestUtilities.TempDirectory();
        var info = new ProcessStartInfo("chromium")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile.Path}", "--dump-dom", url.ToString() })
        {
            info.ArgumentList.Add(arg);
        }

        using var chromium = Process.Start(info)!;
        var stderr = chromium.StandardError.ReadToEndAsync();
        var dom = await chromium.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Patience);
        await chromium.WaitForExitAsync(deadline.Token);
        Assert.True(chromium.ExitCode == 0, $"chromium exited {chromium.ExitCode}: {await stderr}");
        return dom;
    }
}

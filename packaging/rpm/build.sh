#!/usr/bin/env bash
# Builds packaging/out/oods-<version>-1.x86_64.rpm from this checkout when rpmbuild is installed
# (dnf install rpm-build on Rocky/Alma; apt-get install rpm on Debian for a test build); otherwise
# says so and exits 0 without building anything.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/packaging/out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v rpmbuild >/dev/null; then
  echo "rpmbuild is not installed: SKIPPED building the RPM (install rpm-build, or rpm on Debian)"
  exit 0
fi
. "$root/packaging/common/stage.sh"

version=$(oods_version)
top="$out/rpm"
tree="$top/stage"
mkdir -p "$out"

echo "publishing oods $version (self-contained, linux-x64)"
oods_publish "$out/publish/linux-x64"
oods_stage "$out/publish/linux-x64" "$tree" usr/lib/systemd/system
install -d -m 0755 "$tree/var/lib/oods" "$tree/var/log/oods"

args=(-bb --define "_topdir $top" --define "oods_version $version" --define "oods_stage $tree")
# Away from an RPM distribution: no systemd macros, and build dependencies cannot be checked.
if [ -z "$(rpm --eval '%{?systemd_post:1}')" ]; then
  echo "no systemd rpm macros here (not an RPM distribution): using packaging/rpm/macros.no-systemd"
  args+=(--load "$root/packaging/rpm/macros.no-systemd" --nodeps)
fi
rm -rf "$top/RPMS"
rpmbuild "${args[@]}" "$root/packaging/rpm/oods.spec" >"$top/rpmbuild.log" 2>&1 \
  || { tail -n 30 "$top/rpmbuild.log"; echo "rpmbuild failed (log: $top/rpmbuild.log)"; exit 1; }
for rpm in "$top"/RPMS/*/*.rpm; do
  cp "$rpm" "$out/"
  echo "built $out/$(basename "$rpm") ($(du -h "$rpm" | cut -f1))"
done

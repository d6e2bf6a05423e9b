#!/usr/bin/env bash
# Builds packaging/out/oods_<version>_amd64.deb from this checkout.
# Needs the .NET SDK and dpkg-deb (every Debian has it); no fakeroot, no dpkg-dev.
# Usage: packaging/deb/build.sh    (as any user; root is only needed to install the result)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/packaging/out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
. "$root/packaging/common/stage.sh"

version=$(oods_version)
deb="$out/oods_${version}_amd64.deb"
tree="$out/deb/root"
mkdir -p "$out"

echo "publishing oods $version (self-contained, linux-x64)"
oods_publish "$out/publish/linux-x64"
oods_stage "$out/publish/linux-x64" "$tree" lib/systemd/system

install -d -m 0755 "$tree/DEBIAN"
install -m 0755 "$root/packaging/deb/postinst" "$root/packaging/deb/prerm" "$root/packaging/deb/postrm" "$tree/DEBIAN/"
# Every file under /etc/oods is the administrator's once installed: dpkg keeps local changes on upgrade.
(cd "$tree" && find etc -type f | sort | sed 's:^:/:') > "$tree/DEBIAN/conffiles"
installed_kb=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
cat > "$tree/DEBIAN/control" <<CONTROL
Package: oods
Version: $version
Architecture: amd64
Maintainer: ${OODS_MAINTAINER:-OODS developers <oods@localhost>}
Installed-Size: $installed_kb
Depends: libc6, libgcc-s1, libstdc++6, zlib1g, libicu72 | libicu-dev, libssl3, passwd
Section: science
Priority: optional
Description: Observatory Operations Data Service
 Ingests raw camera images into Butler repositories as they land, expires
 old ones, and reports as a SAL CSC. Self-contained .NET build under
 /usr/lib/oods; systemd units oods.service and oods@.service (one instance
 per CSC or site, configured by /etc/oods/NAME.yaml and NAME.env).
CONTROL

rm -f "$deb" "$deb.tmp"
# zstd: a few seconds instead of a minute for xz on ~90 MB of runtime; dpkg reads it since Debian 12.
dpkg-deb --build --root-owner-group -Zzstd "$tree" "$deb.tmp" >/dev/null
mv "$deb.tmp" "$deb"
echo "built $deb ($(du -h "$deb" | cut -f1))"

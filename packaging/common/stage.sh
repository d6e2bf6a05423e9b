# Shared by packaging/deb/build.sh and packaging/rpm/build.sh (sourced, not run): publishes oods and
# lays out the installed file tree, so both packages ship the same files in the same places.
# Needs: root (the repository root) set by the caller.

# The project's <Version> from Directory.Build.props.
oods_version() {
  local v
  v=$(sed -n 's:.*<Version>\([^<]*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
  [ -n "$v" ] || { echo "no <Version> in $root/Directory.Build.props" >&2; return 1; }
  printf '%s\n' "$v"
}

# oods_publish DIR: a self-contained linux-x64 build, one directory (not single-file), so that
# NLog.config sits beside the executable. Intermediate files go under packaging/out/build, away from
# the bin/ and obj/ folders a developer's own builds use in the same tree.
oods_publish() {
  local dest=$1
  rm -rf "$dest"
  dotnet publish "$root/src/Oods.Host" -c Release -r linux-x64 --self-contained \
    -p:PublishSingleFile=false -p:DebugType=portable \
    --artifacts-path "$root/packaging/out/build" -o "$dest" -nologo -v q || return 1
  [ -x "$dest/oods" ] || { echo "publish produced no $dest/oods" >&2; return 1; }
  [ -f "$dest/NLog.config" ] || { echo "publish produced no $dest/NLog.config" >&2; return 1; }
}

# oods_stage PUBLISHED DESTROOT UNITDIR: the installed tree under DESTROOT.
# UNITDIR is where systemd units go (lib/systemd/system on Debian, usr/lib/systemd/system on RPM).
oods_stage() {
  local pub=$1 dest=$2 unitdir=$3 pkg="$root/packaging"
  rm -rf "$dest"
  install -d -m 0755 "$dest/usr/lib/oods" "$dest/usr/bin" "$dest/etc/oods" "$dest/$unitdir" \
    "$dest/usr/share/doc/oods"

  cp -R "$pub/." "$dest/usr/lib/oods/"
  find "$dest/usr/lib/oods" -type d -exec chmod 0755 {} +
  find "$dest/usr/lib/oods" -type f -exec chmod 0644 {} +
  chmod 0755 "$dest/usr/lib/oods/oods"
  [ ! -f "$dest/usr/lib/oods/createdump" ] || chmod 0755 "$dest/usr/lib/oods/createdump"
  # The apphost finds its own files through /proc/self/exe, which resolves the link.
  ln -s ../lib/oods/oods "$dest/usr/bin/oods"

  # The shipped defaults keep their data under ./var/ of the current directory; a package keeps it
  # under /var/lib/oods (the service's working directory) instead.
  {
    echo "# OODS defaults as packaged: every path under /var/lib/oods. Used by oods.service;"
    echo "# one service per CSC or site runs oods@NAME.service with /etc/oods/NAME.yaml instead."
    echo "# Check a change with: oods check-config /etc/oods/oods.yaml"
    sed -e '1,/^[^#]/{/^#/d}' -e 's#\./var/#/var/lib/oods/#g' "$root/config/oods.yaml"
  } > "$dest/etc/oods/oods.yaml"
  if grep -n '\./var' "$dest/etc/oods/oods.yaml" >&2; then
    echo "relative ./var paths left in the packaged oods.yaml" >&2; return 1
  fi
  for csc in atoods ccoods mtoods; do
    install -m 0644 "$root/config/examples/$csc.yaml" "$dest/etc/oods/$csc.yaml"
  done
  install -m 0644 "$pkg/common/oods.env.example" "$dest/etc/oods/oods.env.example"

  install -m 0644 "$pkg/systemd/oods.service" "$pkg/systemd/oods@.service" "$dest/$unitdir/"
  for doc in docs/packaging.md docs/operations.md docs/configuration.md; do
    [ ! -f "$root/$doc" ] || install -m 0644 "$root/$doc" "$dest/usr/share/doc/oods/"
  done
}

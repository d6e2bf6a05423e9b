#!/usr/bin/env bash
# Package test: builds the .deb, installs it, runs the installed oods, lints the installed systemd
# units, purges the package, and checks that nothing is left. One line per check, then
# "N passed, N failed"; exits non-zero if any check failed.
# Run as root on a throwaway Debian 12 machine or container (CI does): it installs and purges the
# `oods` package, so it removes an oods already installed there.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
log="$root/packaging/out/package-test"
rm -rf "$log"
mkdir -p "$log"

passed=0; failed=0
pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$1"; }
fail() {
  failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"
  [ -z "${2:-}" ] || [ ! -s "$2" ] || sed -n '1,40s/^/      /p' "$2"
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
# check NAME COMMAND...: runs the command with its output in a log file, shown only on failure.
check() {
  local name=$1 out; shift
  out="$log/$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '_').log"
  if "$@" >"$out" 2>&1; then pass "$name"; else fail "$name (exit $?)" "$out"; fi
}

if [ "$(id -u)" -ne 0 ]; then echo "run as root (it installs and purges the oods package)"; exit 1; fi
# On failure half-way, leave no package behind.
trap 'dpkg -s oods >/dev/null 2>&1 && dpkg --purge oods >/dev/null 2>&1' EXIT

if ! command -v systemd-analyze >/dev/null; then
  check "apt-get install systemd (for systemd-analyze)" \
    sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends systemd'
fi

check "packaging/deb/build.sh builds the .deb" timeout 240 packaging/deb/build.sh
version=$(sed -n 's:.*<Version>\([^<]*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
deb="$root/packaging/out/oods_${version}_amd64.deb"
[ -f "$deb" ] || { fail "no $deb to install"; finish; }

dpkg --purge oods >/dev/null 2>&1
install_deb() {
  dpkg -i "$deb" && return 0
  echo "dpkg -i failed: installing missing dependencies with apt-get install -f"
  apt-get update -qq && apt-get install -f -y -qq --no-install-recommends && dpkg -s oods
}
check "dpkg -i $(basename "$deb")" install_deb
dpkg -s oods >/dev/null 2>&1 || { fail "package oods is not installed: later checks skipped"; finish; }

check "postinst created the oods user and group" sh -c 'getent passwd oods && getent group oods'
check "/var/lib/oods and /var/log/oods belong to oods" \
  sh -c '[ "$(stat -c %U:%G /var/lib/oods /var/log/oods | sort -u)" = oods:oods ]'
check "/etc/oods files are conffiles" \
  sh -c '[ "$(dpkg-query -W -f="\${Conffiles}\n" oods | awk "NF {print \$1}" | sort | tr "\n" " ")" = "$(find /etc/oods -type f | sort | tr "\n" " ")" ]'
check "oods --version prints the package version $version" \
  sh -c "timeout 30 /usr/bin/oods --version | tee /dev/stderr | grep -F -- '$version'"
check "oods --version as the oods user" timeout 30 runuser -u oods -- /usr/bin/oods --version
for config in /etc/oods/*.yaml; do
  check "oods check-config $config" timeout 30 /usr/bin/oods check-config "$config"
done

# systemd-analyze prints unknown keys and bad values as warnings with exit code 0: fail on any output.
verify() {
  local out
  out=$(cd / && systemd-analyze verify --man=no "$@" 2>&1)
  local rc=$?
  printf '%s\n' "$out"
  [ $rc -eq 0 ] && [ -z "$out" ]
}
check "systemd-analyze verify /lib/systemd/system/oods.service" verify /lib/systemd/system/oods.service
check "systemd-analyze verify oods@atoods.service (installed template)" verify oods@atoods.service

check "dpkg --purge oods" dpkg --purge oods
for gone in /usr/lib/oods /usr/bin/oods /etc/oods /lib/systemd/system/oods.service \
    /lib/systemd/system/oods@.service /var/lib/oods /var/log/oods; do
  check "purge removed $gone" sh -c "[ ! -e '$gone' ] && [ ! -L '$gone' ]"
done
finish

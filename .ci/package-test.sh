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

if [ ! -x /usr/bin/python3 ]; then
  check "apt-get install python3-minimal (for the notify listener)" \
    sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-minimal'
fi

version=$(sed -n 's:.*<Version>\([^<]*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
deb="$root/packaging/out/oods_${version}_amd64.deb"
rm -f "$deb"
# About a minute on an idle 2-core machine; the limit leaves room for a busy one.
check "packaging/deb/build.sh builds the .deb" timeout 1200 packaging/deb/build.sh
[ -f "$deb" ] || { fail "no $deb to install: later checks skipped"; finish; }

dpkg --purge oods >/dev/null 2>&1
installed() { [ "$(dpkg-query -W -f='${Status}' oods 2>/dev/null)" = "install ok installed" ]; }
install_deb() {
  dpkg -i "$deb" && return 0
  echo "dpkg -i failed: installing missing dependencies with apt-get install -f"
  apt-get update -qq && apt-get install -f -y -qq --no-install-recommends && installed
}
check "dpkg -i $(basename "$deb")" install_deb
installed || { fail "package oods is not installed: later checks skipped"; finish; }

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

# The installed service as systemd would start it: as oods, in /var/lib/oods, with the packaged
# oods.yaml and log directory. systemd is not PID 1 in CI, so a small notify listener started through a
# link named `systemd` plays its part (the .NET host only talks to a parent whose name is systemd): it
# waits for READY=1, sends SIGTERM, and expects STOPPING=1 and exit code 0.
run_service() {
  local work rc
  work=$(mktemp -d)
  chmod 0755 "$work"
  # Debian's interpreter itself: a wrapper (pyenv shim) would pick its program by the link's name.
  ln -s "$(readlink -f /usr/bin/python3)" "$work/systemd"
  cat > "$work/notify.py" <<'PY'
import os, pwd, signal, socket, subprocess, sys, time
sock_path, cmd = sys.argv[1], sys.argv[2:]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sock_path)
os.chmod(sock_path, 0o777)
s.settimeout(0.2)
user = pwd.getpwnam("oods")
env = dict(os.environ, NOTIFY_SOCKET=sock_path, WATCHDOG_USEC="10000000", OODS_LOG_DIRECTORY="/var/log/oods",
           HOME=user.pw_dir, USER="oods", LOGNAME="oods")
p = subprocess.Popen(cmd, env=env, cwd="/var/lib/oods", user=user.pw_uid, group=user.pw_gid, extra_groups=[])
seen, start = [], time.monotonic()
def read(seconds):
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        try:
            for line in s.recv(4096).decode().splitlines():
                print(f"notify +{time.monotonic() - start:.2f}s: {line}")
                seen.append(line.split("=")[0])
        except socket.timeout:
            pass
deadline = time.monotonic() + 30
while "READY" not in seen and p.poll() is None and time.monotonic() < deadline:
    read(0.5)
if "READY" not in seen:
    print(f"no READY=1 within 30 s (exit code {p.poll()})")
    if p.poll() is None:
        p.kill()
    p.wait()
    sys.exit(1)
read(2)
p.send_signal(signal.SIGTERM)
try:
    rc = p.wait(timeout=30)
except subprocess.TimeoutExpired:
    print("still running 30 s after SIGTERM"); p.kill(); p.wait(); sys.exit(1)
read(0.5)
print(f"exit code {rc}; notifications: {sorted(set(seen))}")
sys.exit(0 if rc == 0 and "STOPPING" in seen else 1)
PY
  "$work/systemd" "$work/notify.py" "$work/notify.sock" /usr/bin/oods run --config /etc/oods/oods.yaml
  rc=$?
  rm -rf "$work"
  return $rc
}
check "oods run as the oods user: READY=1, then SIGTERM gives STOPPING=1 and exit 0" run_service
check "the service wrote /var/log/oods/oods.log" test -s /var/log/oods/oods.log

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

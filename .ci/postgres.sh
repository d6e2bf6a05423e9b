# Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the tests and exports OODS_TEST_POSTGRES.
# Sourced by .ci/run; works as root without systemd (CI machines have no init system).
pg_bin=/usr/lib/postgresql/15/bin
pg_port=${OODS_PG_PORT:-55432}
pg_dir=""

start_postgres() {
  pg_dir=$(mktemp -d /tmp/oods-pg.XXXXXX)
  chown postgres:postgres "$pg_dir"
  su postgres -s /bin/sh -c "$pg_bin/initdb -D '$pg_dir/data' -U postgres --auth=trust -E UTF8 >'$pg_dir/initdb.log' 2>&1" || { cat "$pg_dir/initdb.log"; return 1; }
  su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D '$pg_dir/data' -l '$pg_dir/server.log' -w -t 60 \
    -o \"-c listen_addresses=127.0.0.1 -p $pg_port -k '$pg_dir' -c fsync=off -c max_connections=200\" start >/dev/null" \
    || { cat "$pg_dir/server.log"; return 1; }
  export OODS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
  echo "PostgreSQL listening on 127.0.0.1:$pg_port (OODS_TEST_POSTGRES set)"
}

stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D '$pg_dir/data' -m fast -w stop >/dev/null 2>&1" || true
  rm -rf "$pg_dir"
}

#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on a spare local port, named to the command by
# PARLEY_TEST_DATABASE_URL (and PARLEY_PG_ADMIN_URL). The server and its data are removed afterwards.
# Usage: scripts/with-postgres.sh <command> [args...]
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql). The server refuses to run
# as root, so as root it runs as the `postgres` user.
set -euo pipefail

bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  bindir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
fi
[ -x "$bindir/initdb" ] || { echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

port=${PG_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
root=$(mktemp -d /tmp/parley-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$root"
  as_pg=(runuser -u postgres --)
fi

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$root"
}
trap cleanup EXIT

"${as_pg[@]}" "$bindir/initdb" -D "$root/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
  || { cat "$root/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
  -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$root/server.log" >&2; exit 1; }

export PARLEY_PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export PARLEY_TEST_DATABASE_URL="$PARLEY_PG_ADMIN_URL"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"

#!/usr/bin/env bash
# Starts the built app for the end-to-end tests on a fresh database with the demo data, or, with
# E2E_EMPTY=1 (or another name, for a database of its own: E2E_EMPTY=capture), on a database holding
# only the countries and the test accounts.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${DATABASE_URL:-}" ]; then
  # Never let the tests loose on a shared or production server.
  [[ "$DATABASE_URL" =~ @(localhost|127\.0\.0\.1|\[::1\])[:/] ]] || { echo "e2e: DATABASE_URL is not a local server" >&2; exit 1; }
else
  suffix=${E2E_EMPTY:+-empty}
  [ "${E2E_EMPTY:-1}" = 1 ] || suffix="-$E2E_EMPTY"
  export PARLEY_DATA_DIR=data/e2e$suffix
  rm -rf "$PARLEY_DATA_DIR"
fi
export PARLEY_ADMIN_EMAIL=${E2E_ADMIN_EMAIL:-e2e-admin@parley.test}
export PARLEY_ADMIN_PASSWORD=${E2E_ADMIN_PASSWORD:-e2e-only-password-not-for-real-use}
export NEXTAUTH_URL="http://127.0.0.1:${PORT:-3100}"
export AUTH_SECRET=${AUTH_SECRET:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')}

# The Prisma CLI on a fresh PGlite directory now and then aborts while shutting PGlite down, after
# the migrations are applied (see shared/PLATFORM.md); with three servers starting at once it shows
# up in CI. On PGlite such a directory is thrown away and migrated again, up to three times.
for attempt in 1 2 3; do
  if npx prisma migrate deploy; then break; fi
  if [ -n "${DATABASE_URL:-}" ] || [ "$attempt" = 3 ]; then exit 1; fi
  echo "e2e: prisma migrate deploy failed (attempt $attempt); migrating a fresh directory again" >&2
  rm -rf "$PARLEY_DATA_DIR"
done
npm run --silent db:seed -- ${E2E_EMPTY:+--reference-only}
if [ -n "${E2E_EMPTY:-}" ]; then
  E2E_PASSWORD="$PARLEY_ADMIN_PASSWORD" npm run --silent user:create -- --email "$PARLEY_ADMIN_EMAIL" --name Administrator --role admin --password-env E2E_PASSWORD
fi
# One account per role for the tests (e2e/fixtures.ts knows these).
for role in analyst viewer; do
  E2E_PASSWORD="e2e-only-$role-password" npm run --silent user:create -- --email "e2e-$role@parley.test" --name "E2E ${role^}" --role "$role" --password-env E2E_PASSWORD
done
# The server's output is also kept in a file, which the fuzz spec reads for errors it logged.
mkdir -p data
log="data/e2e-server-${PORT:-3100}.log"
: >"$log"
exec node scripts/serve.mjs --hostname 127.0.0.1 --port "${PORT:-3100}" > >(tee -a "$log") 2>&1

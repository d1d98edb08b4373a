#!/usr/bin/env bash
# One command for a fresh machine: install, migrate, seed and start Parley on the embedded PGlite
# database (data/pglite), on $PORT (default 3000).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# A signing secret for session cookies, made once and kept out of git (.env.local is ignored).
if ! grep -qs '^AUTH_SECRET=' .env.local; then
  echo "AUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')" >> .env.local
fi
set -a; . ./.env.local; set +a
export NEXTAUTH_URL=${NEXTAUTH_URL:-http://localhost:${PORT:-3000}}

npx prisma migrate deploy
npm run --silent db:seed
npx next build
exec node scripts/serve.mjs --port "${PORT:-3000}"

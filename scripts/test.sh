#!/usr/bin/env bash
# Every test: lint, types, unit and data-layer integration tests (PGlite, plus PostgreSQL when
# PARLEY_TEST_DATABASE_URL is set), then the production build and the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step "lint";                    npm run --silent lint
step "typecheck";               npm run --silent typecheck
step "unit + integration";      npx vitest run
step "build";                   npx next build
step "browser";                 bash scripts/ensure-chromium.sh
step "end-to-end (Chromium)";   npx playwright test

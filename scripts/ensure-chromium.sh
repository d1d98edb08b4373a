#!/usr/bin/env bash
# Makes sure Playwright has a Chromium: Debian's package where apt is usable (Playwright's own
# download is unreachable on some networks), else Playwright's `install chromium`.
set -euo pipefail
if [ -n "${PARLEY_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
  exit 0
fi
exec npx playwright install chromium

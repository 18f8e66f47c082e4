#!/usr/bin/env bash
# Run by `mvn verify` before the integration tests: the browser tests drive Debian's chromium (Playwright cannot
# download its own browser here). Installs it when missing, so a fresh machine needs nothing by hand.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "The browser tests need Debian's chromium: run 'apt-get install -y chromium' as root." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing Debian's chromium for the browser tests (about a minute)..."
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium

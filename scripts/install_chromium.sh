#!/usr/bin/env bash
# The browser tests drive Debian's chromium (Playwright cannot download its own
# browser here). Install it when missing and we are allowed to.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is not installed and this is not root: the browser tests will be skipped." >&2
  echo "Install it with: sudo apt-get install chromium" >&2
fi

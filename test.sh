#!/usr/bin/env bash
# Runs every test of bankcore. This is the README's test command, and what CI runs.
# It installs what the tests need when it can (Debian's chromium for the dashboard's browser test)
# and otherwise says what will be skipped.
set -euo pipefail
cd "$(dirname "$0")"

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bankcore needs '$tool' (Java 17 and Maven 3.8+) on the PATH." >&2
    exit 1
  fi
done

if ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium and chromium-driver for the dashboard's browser test..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
      echo "Note: installing chromium failed; the browser tests will be skipped." >&2
    fi
  else
    echo "Note: chromedriver is missing; the dashboard's browser test will be skipped." >&2
    echo "      Install it with: sudo apt-get install chromium chromium-driver" >&2
  fi
fi

exec mvn -B -ntp verify "$@"

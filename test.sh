#!/usr/bin/env bash
# Runs every test of bankcore. This is the README's test command, and what CI runs.
# It installs what the tests need when it can (Debian's chromium for the dashboard's browser test, the
# OpenAPI linters from npm) and otherwise says what will be skipped.
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

# The PostgreSQL store's tests run against the server named by BANKCORE_TEST_PG_URL. When it is not
# set, use the local PostgreSQL 15 (starting it when it is down, which needs root) and its 'test' database.
if [ -z "${BANKCORE_TEST_PG_URL:-}" ]; then
  if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 \
      && [ "$(id -u)" = 0 ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Starting the local PostgreSQL for the PostgreSQL store's tests..."
    pg_ctlcluster --skip-systemctl-redirect 15 main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
    if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
      psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test" || true
    fi
    export BANKCORE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
  else
    echo "Note: no PostgreSQL on 127.0.0.1:5432 and BANKCORE_TEST_PG_URL is not set;" >&2
    echo "      the PostgreSQL store's tests will be skipped." >&2
  fi
fi

mvn -B -ntp verify "$@"

# The API's OpenAPI document, as the build generated it, against Spectral's spectral:oas and Redocly's
# recommended rules; errors fail the run. The linters' versions are pinned in tools/api-lint (with a lock file)
# and installed there, in node_modules (ignored by git).
api_document="$PWD/api-micronaut/target/classes/META-INF/swagger/bankcore-api-0.1.0.yml"
if ! command -v npm >/dev/null 2>&1; then
  echo "Note: Node.js/npm is missing; the OpenAPI document's lint (Spectral, Redocly) is skipped." >&2
elif [ ! -f "$api_document" ]; then
  echo "Note: $api_document was not built; the OpenAPI document's lint is skipped." >&2
else
  (
    cd tools/api-lint
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
    echo "Linting the OpenAPI document with Spectral (spectral:oas) and Redocly (recommended)..."
    npx --no-install spectral lint --fail-severity=error --ruleset .spectral.yaml "$api_document"
    npx --no-install redocly lint --config redocly.yaml "$api_document"
  )
fi

#!/usr/bin/env bash
# probe.sh JAR LABEL [java options...]: where the API's RSS is after 60 s of POST /transfers at 64 connections.
# Needs the ledger and tokens of benchmarks/http-ab.sh (run it once, e.g. with 0 rounds). Writes OUT/LABEL.txt
# (OUT defaults to /tmp/rss): wrk's report, /proc/PID/status, native memory tracking and the largest mappings.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
jar=$1 label=$2; shift 2
out=${OUT:-/tmp/rss} work=benchmarks/target/http-work
mkdir -p "$out"
# shellcheck source=benchmarks/http-env.sh
. benchmarks/http-env.sh
rm -f "$work"/run.db*; cp "$work/ledger.db" "$work/run.db"
BANK_DB=$work/run.db BANK_BCRYPT_COST=12 java @api-micronaut/jvm.options -XX:NativeMemoryTracking=summary "$@" \
    -jar "$jar" > "$out/$label.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null http://127.0.0.1:$BANK_API_PORT/health 2>/dev/null; do sleep 0.05; done
echo "idle rss: $(awk '/^VmRSS/{print $2/1024}' "/proc/$pid/status")" > "$out/$label.txt"
for mode in transfers transfer me; do
    wrk -t2 -c64 -d10s -s benchmarks/http-load.lua http://127.0.0.1:$BANK_API_PORT -- $mode "$work/users.txt" > /dev/null
done
wrk -t2 -c64 -d60s --latency -s benchmarks/http-load.lua http://127.0.0.1:$BANK_API_PORT -- transfers "$work/users.txt" \
    >> "$out/$label.txt"
grep -E '^(VmRSS|RssAnon|RssFile|RssShmem)' "/proc/$pid/status" >> "$out/$label.txt"
jcmd $pid VM.native_memory summary | grep -E 'Total|committed=' >> "$out/$label.txt"
# head closes the pipe early; with pipefail that is not a failure of the probe.
pmap -x $pid | sort -k3 -n -r | head -25 >> "$out/$label.txt" || true
ls -la "$work"/run.db* >> "$out/$label.txt"

#!/usr/bin/env bash
# The seeder's benchmark, A/B: two seeder jars seed the same ledger, alternated round by round, so
# both see the same machine load.
#   benchmarks/seeder-ab.sh BASE_JAR NEW_JAR OUT_DIR [ROUNDS] [CUSTOMERS] [TRANSFERS]
# (defaults: 3 rounds of 10,000 customers and 1,000,000 transfers over 90 days, seed 42). Each run seeds
# a fresh file under OUT_DIR/work (deleted afterwards) and writes OUT_DIR/<round>-<side>.txt: the seeder's
# own summary, its wall time (`/usr/bin/time`-style, from bash) and `uptime` before and after.
# With PROFILE=1 each run also records JFR (settings=profile) into OUT_DIR/<round>-<side>.jfr.
# benchmarks/seeder-summary.py OUT_DIR prints the medians and the ratio.
set -euo pipefail
base_jar=$1 new_jar=$2 out=$3 rounds=${4:-3} customers=${5:-10000} transfers=${6:-1000000}
mkdir -p "$out/work"
# Fake, for this benchmark only: the ledger it makes is thrown away.
export BANK_ADMIN_PASSWORD=seeder-benchmark-only-password
run() { # round side jar
    local name=$1-$2 jar=$3 jfr=()
    if [ "${PROFILE:-0}" = 1 ]; then jfr=("-XX:StartFlightRecording=filename=$out/$name.jfr,settings=profile"); fi
    rm -f "$out/work/"*
    {
        echo "jar: $jar"
        echo "before: $(uptime)"
        local start=$(date +%s.%N) rc=0
        java "${jfr[@]}" -jar "$jar" --db "$out/work/seeded.db" --customers "$customers" --transfers "$transfers" \
            --days 90 --seed 42 --until 2026-12-01T00:00:00Z 2>&1 || rc=$?
        echo "exit: $rc"
        echo "wall: $(echo "$(date +%s.%N) - $start" | bc) s"
        echo "after: $(uptime)"
    } > "$out/$name.txt"
    rm -f "$out/work/"*
}
for r in $(seq 1 "$rounds"); do
    run "$r" base "$base_jar"
    run "$r" new "$new_jar"
done

#!/usr/bin/env bash
# Builds the benchmark jar and runs every benchmark with the settings docs/benchmarks.md reports.
# Run from the repository root. About 10 minutes, plus a few minutes the first time to build the
# 1,000,000-transfer read ledger (kept in benchmarks/target for later runs).
# Any argument is passed on to JMH, e.g. `benchmarks/run.sh DashboardQueryBenchmark`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 5 -w 2s -r 3s \
    -rf json -rff benchmarks/results/results.json "$@" | tee benchmarks/results/results.txt

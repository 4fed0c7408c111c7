#!/usr/bin/env bash
# The same JMH selection on two benchmark jars, alternated round by round in one session, so both
# see the same machine load:
#   benchmarks/jmh-ab.sh BASE_JAR NEW_JAR OUT_DIR ROUNDS NAME JMH_ARGS...
# e.g. benchmarks/jmh-ab.sh /tmp/bankcore-base/benchmarks/target/benchmarks.jar benchmarks/target/benchmarks.jar out 3 batch \
#        'WritePathBenchmark.per_commit_1000' -p path=bankcore -i 5 -r 5s
# With BENCH_DIR_PER_SIDE=1 each side keeps its benchmark files in a directory of its own: a cached ledger
# (DashboardQueryBenchmark's) made by one side's schema is then never opened by the other's.
# Writes OUT_DIR/<round>-<side>-NAME.json/.txt and the load average before each run to OUT_DIR/load.txt;
# benchmarks/jmh-ab-summary.py OUT_DIR prints the medians and the new/base ratio per benchmark.
set -euo pipefail
base=$1 new=$2 out=$3 rounds=$4 name=$5; shift 5
jmh_args=("$@")
mkdir -p "$out" benchmarks/target
dir=$(cd benchmarks/target && pwd)
run() { # side jar
    local file=$out/$r-$1-$name bench_dir=$dir
    if [ -n "${BENCH_DIR_PER_SIDE:-}" ]; then bench_dir=$dir/$1; mkdir -p "$bench_dir"; fi
    echo "$(date -u +%FT%TZ) $r-$1-$name: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
    java -jar "$2" -f 1 -wi 1 -w 2s -jvmArgsAppend -Dbankcore.bench.dir="$bench_dir" "${jmh_args[@]}" -rf json -rff "$file.json" \
        > "$file.txt" 2>&1
}
for r in $(seq 1 "$rounds"); do
    run base "$base" "$@"
    run new "$new" "$@"
done
echo "$(date -u +%FT%TZ) done: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"

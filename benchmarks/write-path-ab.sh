#!/usr/bin/env bash
# The write-path measurements of docs/benchmarks.md: this build's benchmark jar against the jar of
# an earlier commit, alternated ROUNDS times in one session so both see the same load.
#   benchmarks/write-path-ab.sh BASE_JAR NEW_JAR OUT_DIR [ROUNDS]
# BASE_JAR is built at the earlier commit in a worktree of its own, e.g.
#   git worktree add /tmp/wp-base 54f9289 && (cd /tmp/wp-base && mvn -q -pl benchmarks -am package -DskipTests)
# Each JMH run writes OUT_DIR/<round>-<name>.json/.txt; OUT_DIR/load.txt gets the load average
# before every run. The base jar has no 64- or 256-caller method, so its 1-caller method is run
# with JMH's -t (threads) instead, which is the same code path with more threads.
set -euo pipefail
base=$1 new=$2 out=$3 rounds=${4:-3}
mkdir -p "$out"
jmh="-f 1 -wi 1 -w 2s -i 3 -r 3s -jvmArgsAppend -Dbankcore.bench.dir=$(pwd)/benchmarks/target"
run() { # name jar args...
    local name=$1 jar=$2; shift 2
    echo "$(date -u +%FT%TZ) $name: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
    java -jar "$jar" "$@" $jmh -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
}
for r in $(seq 1 "$rounds"); do
    run "$r-new-write-path" "$new" 'WritePathBenchmark'
    run "$r-base-batch-1000" "$base" 'BatchTransferBenchmark.transfer_each_of_1000'
    run "$r-new-callers" "$new" 'TransferThroughputBenchmark'
    for t in 1 8 64 256; do
        run "$r-base-callers-$t" "$base" 'TransferThroughputBenchmark.callers_01' -t "$t"
    done
done
echo "$(date -u +%FT%TZ) done: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"

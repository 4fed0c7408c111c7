#!/usr/bin/env bash
# The change feed's cost (docs/benchmarks.md, "Change feed and webhooks"): 64 callers posting one
# transfer each, alternated ROUNDS times in one session so every variant sees the same load:
#   feed off:                 the base commit's jar (no events), TransferThroughputBenchmark.callers_064
#   feed on, no readers:      this build, ChangeFeedBenchmark readers=none
#   feed on, webhook + follow: this build, ChangeFeedBenchmark readers=webhook-and-subscription
#   benchmarks/change-feed-ab.sh BASE_JAR NEW_JAR OUT_DIR [ROUNDS]
# BASE_JAR is built at the commit before the feed in a worktree of its own, e.g.
#   git worktree add /tmp/feed-base ab151f1 && (cd /tmp/feed-base && mvn -q -pl benchmarks -am package -DskipTests)
# OUT_DIR/load.txt gets the load average before every run.
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
    run "$r-feed-off" "$base" 'TransferThroughputBenchmark.callers_064' -p commit=group-commit
    run "$r-feed-on" "$new" 'ChangeFeedBenchmark.callers_064'
done
echo "$(date -u +%FT%TZ) done: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"

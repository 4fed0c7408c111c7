#!/usr/bin/env bash
# Webhooks against the writers (docs/benchmarks.md, "Change feed and webhooks"): 64 callers posting
# one transfer each, with 0, 1 and 4 webhook endpoints on loopback (ChangeFeedBenchmark endpoints=N),
# the variants alternated ROUNDS times in one session so that each sees the same load:
#   benchmarks/change-feed-ab.sh OUT_DIR [ROUNDS]     (after mvn -pl benchmarks -am package -DskipTests)
# Environment, all optional:
#   ENDPOINTS  the endpoint counts to run, default "0 1 4"
#   JMH        JMH's run options, default "-f 1 -wi 1 -w 2s -i 3 -r 3s"
#   AB_JAR     another build's benchmarks.jar (a commit before a change, built in a worktree of its
#              own): each round runs its ChangeFeedBenchmark first, at the same counts ("base" runs)
#   BASE_JAR   the jar of a commit before the feed: each round also runs the feed off,
#              TransferThroughputBenchmark.callers_064 from that jar
# OUT_DIR/load.txt gets the load average before every run; benchmarks/change-feed-summary.py OUT_DIR
# prints the medians, the ratios against endpoints=0 (per round too), and how far delivery kept up.
set -euo pipefail
out=$1 rounds=${2:-3}
jar=benchmarks/target/benchmarks.jar
mkdir -p "$out"
jmh="${JMH:--f 1 -wi 1 -w 2s -i 3 -r 3s} -jvmArgsAppend -Dbankcore.bench.dir=$(pwd)/benchmarks/target"
run() { # name jar args...
    local name=$1 jar=$2; shift 2
    echo "$(date -u +%FT%TZ) $name: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
    java -jar "$jar" "$@" $jmh -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
}
endpoints() { # round prefix jar
    for endpoints in ${ENDPOINTS:-0 1 4}; do
        run "$1-$2endpoints-$endpoints" "$3" 'ChangeFeedBenchmark.callers_064' -p endpoints="$endpoints"
    done
}
for r in $(seq 1 "$rounds"); do
    if [[ -n "${BASE_JAR:-}" ]]; then
        run "$r-feed-off" "$BASE_JAR" 'TransferThroughputBenchmark.callers_064' -p commit=group-commit
    fi
    if [[ -n "${AB_JAR:-}" ]]; then
        endpoints "$r" base- "$AB_JAR"
    fi
    endpoints "$r" "" "$jar"
done
echo "$(date -u +%FT%TZ) done: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"

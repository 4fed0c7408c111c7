#!/usr/bin/env bash
# Draws OUT_DIR/benchmark-write-path.png from the runs of benchmarks/write-path-ab.sh, in one command:
#   benchmarks/write-path-plot.sh benchmarks/results/write-path/ab
# Needs the benchmark jar (mvn -q -pl benchmarks -am package -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-benchmarks/results/write-path/ab}
benchmarks/write-path-summary.py "$dir" "$dir/medians.csv" > "$dir/summary.md"
java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar bankcore.benchmarks.WritePathPlot \
    "$dir/medians.csv" "$dir/benchmark-write-path.png"
echo "wrote $dir/summary.md, $dir/medians.csv and $dir/benchmark-write-path.png"

package bankcore.plantedcli;

import bankcore.benchmarks.TransferThroughputBenchmark;

/** Planted violation, not production code: an application that depends on a benchmark. */
final class PlantedCliUsingBenchmark {
    TransferThroughputBenchmark benchmark;
}

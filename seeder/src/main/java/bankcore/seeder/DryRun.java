package bankcore.seeder;

import bankcore.seeder.generate.Movement;
import bankcore.seeder.generate.MovementGenerator;
import bankcore.seeder.generate.Population;
import bankcore.seeder.generate.PopulationGenerator;
import bankcore.seeder.generate.SeedSpec;

import java.io.PrintWriter;

/** Generates a ledger's content and throws it away: the cost of generation alone, for profiling. */
final class DryRun {

    private final PrintWriter out;
    private final boolean onTerminal;

    DryRun(PrintWriter out, boolean onTerminal) {
        this.out = out;
        this.onTerminal = onTerminal;
    }

    int run(SeedSpec spec) {
        long startNs = System.nanoTime();
        Population population = PopulationGenerator.generate(spec);
        long populationNs = System.nanoTime() - startNs;
        MovementGenerator movements = population.movements();
        long checksum = 0;
        try (Progress progress = Progress.start("Generating", spec.transfers(), "transfers", onTerminal)) {
            while (movements.hasNext()) {
                Movement movement = movements.next();
                checksum = checksum * 31 + movement.amountMinor();
                progress.stepBy(1);
            }
        }
        long totalNs = System.nanoTime() - startNs;
        out.printf("Dry run (nothing written): %,d customers, %,d accounts in %.2f s; %,d transfers in %.2f s"
                        + " (%,.0f transfers/s); checksum %016x%n",
                population.customers().size(), population.accounts().size(), populationNs / 1e9,
                spec.transfers(), (totalNs - populationNs) / 1e9,
                spec.transfers() / Math.max((totalNs - populationNs) / 1e9, 1e-9), checksum);
        out.flush();
        return 0;
    }
}

package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.MixedWorkload;

import java.util.Arrays;
import java.util.List;

/**
 * The node {@link KilledMixedWorkloadTest} kills: the {@link MixedWorkload} on the database at
 * {@code args[0]}, between the accounts {@code args[1..]}. It never stops by itself.
 */
public final class MixedWorkloadNode {
    public static void main(String[] args) throws InterruptedException {
        List<Long> accounts = Arrays.stream(args, 1, args.length).map(Long::parseLong).toList();
        Ledger ledger = Ledger.builder(PostgresLedgerStore.open(args[0], null, null)).build();
        MixedWorkload.runForever(ledger, accounts, 13, MixedWorkload::print);
    }
}

import bankcore.persistence.sqlite.SqliteLedgerStore;

import java.nio.file.Path;

/**
 * Opens a ledger file with the store, which migrates it, and says how long that took:
 * java -cp benchmarks.jar OpenLedger.java FILE
 */
public class OpenLedger {
    public static void main(String[] args) {
        long start = System.nanoTime();
        SqliteLedgerStore.open(Path.of(args[0])).close();
        System.out.printf("opened (and migrated) %s in %.1f s%n", args[0], (System.nanoTime() - start) / 1e9);
    }
}

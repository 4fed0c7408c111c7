package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.WebhookNodesContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Two processes' stores on one SQLite file, each with its webhook dispatcher. */
class SqliteWebhookNodesTest extends WebhookNodesContract {
    @TempDir
    Path dir;

    @Override
    protected Node openNode() {
        SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("nodes.db"));
        return new Node(Ledger.builder(store).build(), store, SqliteWebhookStore.on(store), store);
    }
}

package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.WebhookNodesContract;

/** Two API nodes' stores on one PostgreSQL schema, each with its webhook dispatcher. */
class PostgresWebhookNodesTest extends WebhookNodesContract {
    private String url;

    @Override
    protected Node openNode() {
        if (url == null) {
            url = TestDatabase.freshSchemaUrl();
        }
        PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
        return new Node(Ledger.builder(store).build(), store, PostgresWebhookStore.on(store), store);
    }
}

package bankcore.persistence.select;

import bankcore.core.port.out.CredentialStore;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.LedgerStore;
import bankcore.core.port.out.WebhookStore;

/**
 * A store opened by {@link LedgerDatabase}, as the core's out-ports: what a composition root hands to
 * {@code Ledger.builder(ledgerStore(), customerStore()).credentialStore(credentialStore())}, and the
 * webhook endpoints kept beside the ledger. It owns them: close this once, after the ledger built on
 * it (whose close stops only the ledger's own background work), and every store goes with it.
 */
public final class OpenedLedger implements AutoCloseable {

    @FunctionalInterface
    interface Closer {
        void close();
    }

    private final LedgerStore ledgerStore;
    private final CustomerStore customerStore;
    private final CredentialStore credentialStore;
    private final WebhookStore webhookStore;
    private final Runnable bulkLoadFinisher;
    private final Closer closer;

    OpenedLedger(LedgerStore ledgerStore, CustomerStore customerStore, CredentialStore credentialStore,
                 WebhookStore webhookStore, Runnable bulkLoadFinisher, Closer closer) {
        this.ledgerStore = ledgerStore;
        this.customerStore = customerStore;
        this.credentialStore = credentialStore;
        this.webhookStore = webhookStore;
        this.bulkLoadFinisher = bulkLoadFinisher;
        this.closer = closer;
    }

    public LedgerStore ledgerStore() {
        return ledgerStore;
    }

    public CustomerStore customerStore() {
        return customerStore;
    }

    public CredentialStore credentialStore() {
        return credentialStore;
    }

    public WebhookStore webhookStore() {
        return webhookStore;
    }

    /**
     * Ends a load begun by {@link LedgerDatabase#openForBulkLoad}: the store's deferred work is done and
     * everything written is durable before this returns. Nothing to do on a store opened otherwise.
     */
    public void finishBulkLoad() {
        bulkLoadFinisher.run();
    }

    @Override
    public void close() {
        closer.close();
    }
}

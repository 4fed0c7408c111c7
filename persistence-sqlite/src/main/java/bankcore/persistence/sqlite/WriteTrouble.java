package bankcore.persistence.sqlite;

import bankcore.core.domain.StoreHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * What the writer knows of its own health: writable until an attempt to take the write lock finds
 * it held elsewhere or a commit fails, writable again after the next group (or idle probe) gets
 * through. Each episode is logged once when it starts, with the lock's holder when it can be found,
 * and once when it ends, so an operator sees who blocks the bank without a line per request.
 */
final class WriteTrouble {
    private static final Logger LOG = LoggerFactory.getLogger(WriteTrouble.class);

    /** Null for a database that is not a plain file (in memory, a URI the lock lookup cannot follow). */
    private final Path database;
    private volatile StoreHealth health = StoreHealth.WRITABLE;

    WriteTrouble(Path database) {
        this.database = database;
    }

    StoreHealth health() {
        return health;
    }

    void lockHeldElsewhere() {
        if (health.writable()) {
            String holder = database == null ? "its holder cannot be looked up" : LockHolders.describe(database);
            health = StoreHealth.cannotWrite("the write lock is held by someone else: " + holder);
            LOG.warn("The ledger {} cannot take writes: its write lock is held by someone else; {}. Writes are "
                    + "refused (503) after the bounded wait until it is released.", database, holder);
        }
    }

    void commitFailed(Exception failure) {
        if (health.writable()) {
            LOG.warn("The ledger {} could not commit a write; nothing of it was stored", database, failure);
        }
        health = StoreHealth.cannotWrite("the last commit failed: " + failure.getMessage());
    }

    void wrote() {
        if (!health.writable()) {
            LOG.info("The ledger {} takes writes again", database);
            health = StoreHealth.WRITABLE;
        }
    }
}

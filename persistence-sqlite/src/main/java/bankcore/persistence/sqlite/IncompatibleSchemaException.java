package bankcore.persistence.sqlite;

import bankcore.core.domain.StoreFailureException;

/** The file was written by a newer bankcore; opening it with this one could corrupt it. */
public final class IncompatibleSchemaException extends StoreFailureException {
    public IncompatibleSchemaException(String message) {
        super(message, null);
    }
}

package bankcore.core.domain;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Who asks for a change, from where, in which request: what the audit log records beside each money
 * movement and account control. A driving adapter puts it in scope for the call it makes
 * ({@link #runAs}, {@link #swap}); the services take it from there when they build the store's
 * commands, so the commands of the in-ports need no field for it. Outside any scope (an embedding
 * application, the seeder) it is {@link #NONE}: the row is still written, with nobody named.
 *
 * @param actorId       the customer (or admin) acting, from its token; empty for a trusted caller
 * @param clientAddress the address the request came from, as the socket saw it; empty when not a request
 * @param requestId     the request's id, as in the logs; empty when not a request
 */
public record AuditContext(OptionalLong actorId, String clientAddress, String requestId) {
    public static final AuditContext NONE = new AuditContext(OptionalLong.empty(), "", "");
    private static final ThreadLocal<AuditContext> CURRENT = ThreadLocal.withInitial(() -> NONE);

    public AuditContext {
        Objects.requireNonNull(actorId, "actorId");
        clientAddress = bounded(clientAddress, "clientAddress", 64);
        requestId = bounded(requestId, "requestId", 128);
    }

    private static String bounded(String text, String field, int maxLength) {
        Objects.requireNonNull(text, field);
        if (text.length() > maxLength) {
            throw Refusal.INVALID_ARGUMENT.because(field + " is longer than " + maxLength + " characters");
        }
        return Text.requirePrintable(text, field, "");
    }

    /** The context in scope on this thread, {@link #NONE} outside any. */
    public static AuditContext current() {
        return CURRENT.get();
    }

    /** Puts {@code next} in scope on this thread and returns what was, for the caller to put back. */
    public static AuditContext swap(AuditContext next) {
        AuditContext previous = CURRENT.get();
        CURRENT.set(Objects.requireNonNull(next, "next"));
        return previous;
    }
}

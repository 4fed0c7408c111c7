package bankcore.api.audit;

import bankcore.api.auth.ClientAddress;
import bankcore.api.http.RequestIds;
import bankcore.core.domain.AuditContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Puts the core's {@link AuditContext} in scope for the request: the user from the token (once security
 * has read it), the client's address and the request id. Micronaut carries the propagated context to the
 * controller's thread, where the services take it into the commands they build, so every audit row names
 * who asked without a field for it in any command.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AuditScopeFilter implements Ordered {

    /** Just inside security: the token has been read, nothing has run yet. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void scope(HttpRequest<?> request, MutablePropagatedContext context) {
        OptionalLong actor = request.getUserPrincipal(Authentication.class)
                .flatMap(authentication -> parsedId(authentication.getName()))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        context.add(new InScope(new AuditContext(actor, ClientAddress.of(request), RequestIds.of(request))));
    }

    private static Optional<Long> parsedId(String subject) {
        try {
            return Optional.of(Long.parseLong(subject));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    private record InScope(AuditContext audit) implements ThreadPropagatedContextElement<AuditContext> {
        @Override
        public AuditContext updateThreadContext() {
            return AuditContext.swap(audit);
        }

        @Override
        public void restoreThreadContext(AuditContext previous) {
            AuditContext.swap(previous);
        }
    }
}

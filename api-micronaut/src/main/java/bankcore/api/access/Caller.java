package bankcore.api.access;

import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import bankcore.core.domain.Role;
import io.micronaut.security.authentication.Authentication;

/** Who is asking: the customer id from the token's subject, and whether it is an admin. */
public record Caller(long id, boolean admin) {

    public static Caller of(Authentication authentication) {
        try {
            return new Caller(Long.parseLong(authentication.getName()),
                    authentication.getRoles().contains(Role.ADMIN.name()));
        } catch (NumberFormatException notOurs) {
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "The token does not name a customer");
        }
    }

    /** Idempotency keys are per caller: two customers may both send "order-1". */
    public String idempotencyScope() {
        return "customer:" + id;
    }
}

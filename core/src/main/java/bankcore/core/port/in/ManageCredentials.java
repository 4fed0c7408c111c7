package bankcore.core.port.in;

import bankcore.core.domain.Role;

import java.time.Instant;
import java.util.Optional;

/**
 * A customer's password and the bearer tokens issued on it. A token names the customer and the token
 * generation it was issued in; it stands while the customer exists with the same role, its generation
 * is the current one and it was not revoked.
 */
public interface ManageCredentials {

    /**
     * Checks {@code current} exactly as a login from {@code clientAddress} would (refused with
     * {@code INVALID_CREDENTIALS}, throttled with {@code TOO_MANY_ATTEMPTS}), then stores
     * {@code replacement} and revokes every token issued before. Returns the new standing.
     */
    Standing changePassword(long customerId, char[] current, char[] replacement, String clientAddress);

    /** Revokes one token (a logout) until it expires. */
    void revokeToken(String tokenId, Instant expiresAt);

    boolean isRevoked(String tokenId);

    /** The role and token generation that a token must carry now; empty when the customer cannot log in. */
    Optional<Standing> standing(long customerId);

    record Standing(long customerId, Role role, long tokenGeneration) {
    }
}

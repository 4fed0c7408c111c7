package bankcore.core.port.out;

import java.time.Instant;

/**
 * What makes a bearer token stand or fall after it was issued: a customer's token generation (raised
 * with every password change, so every older token falls) and the tokens revoked one by one (logout).
 * Kept in the store, so a revocation survives a restart and holds on every node.
 */
public interface CredentialStore {

    /** 0 until the customer's password is first changed. */
    long tokenGeneration(long customerId);

    /** Stores the new password hash and raises the token generation by one, atomically; returns the new generation. */
    long changePassword(long customerId, String passwordHash);

    /** Remembers the token as revoked until {@code expiresAt}, after which it is refused as expired anyway. */
    void revokeToken(String tokenId, Instant expiresAt);

    boolean isRevoked(String tokenId);
}

package bankcore.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs and verifies access tokens with HMAC-SHA256 under a secret from the environment
 * ({@code BANK_JWT_SECRET}). No secret is written in any file: without one, a random secret is made
 * at start, and tokens then die with the process.
 */
@Factory
final class JwtSigningFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JwtSigningFactory.class);
    /** HS256 needs a key of at least 256 bits. */
    private static final int MIN_SECRET_BYTES = 32;

    /**
     * Declared as the interface on purpose: {@link SecretSignature} carries {@code @EachBean}, which a factory
     * method returning it inherits, so the bean would silently never exist and tokens would go out unsigned.
     */
    @Context // made at start, so that the warning about a random secret shows up at once
    @Named("generator")
    SignatureGeneratorConfiguration generator(@Nullable @Property(name = "bank.jwt.secret") String configured) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secretOrRandom(configured));
        return new Hs256Signature(new SecretSignature(configuration));
    }

    private static String secretOrRandom(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.warn("BANK_JWT_SECRET is not set: signing tokens with a random secret. "
                    + "Tokens will not survive a restart and will not be accepted by another instance.");
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }
        if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("BANK_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        return configured;
    }
}

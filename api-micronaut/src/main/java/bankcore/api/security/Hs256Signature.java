package bankcore.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;

/**
 * Micronaut's secret signature verifies any HMAC algorithm (HS256, HS384, HS512) under the one secret;
 * we sign with HS256 only, so a token that names another algorithm was not made here and is refused.
 */
final class Hs256Signature implements SignatureGeneratorConfiguration {

    private final SecretSignature hmac;

    Hs256Signature(SecretSignature hmac) {
        this.hmac = hmac;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the HS256 JWS algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && hmac.verify(jwt);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return hmac.sign(claims);
    }
}

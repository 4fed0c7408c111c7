package bankcore.api.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Hand-made JWTs: valid ones, and every kind a server must refuse. */
public final class Tokens {

    /** The application's name: the issuer and audience of its tokens. */
    public static final String ISSUER = "bankcore-api";

    private Tokens() {
    }

    /** A token with every claim the API issues, for a customer in token generation 0. */
    public static String signed(String secret, String subject, String role, Instant expiresAt) {
        return signed(secret, JWSAlgorithm.HS256, claims(subject, role, expiresAt).build());
    }

    public static String signed(String secret, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsigned(String subject, String role) {
        return new PlainJWT(claims(subject, role, Instant.now().plusSeconds(600)).build()).serialize();
    }

    /** The {@code alg} of a token's header. */
    public static String algorithm(String token) {
        return parse(token).getHeader().getAlgorithm().getName();
    }

    /** The claims of a token, unchecked. */
    public static JWTClaimsSet claimsOf(String token) {
        try {
            return parse(token).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every claim the API issues; a test removes or changes one to see it refused. */
    public static JWTClaimsSet.Builder claims(String subject, String role, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", List.of(role))
                .claim("gen", 0)
                .issuer(ISSUER)
                .audience(ISSUER)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(Instant.now().minusSeconds(120)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(120)))
                .expirationTime(Date.from(expiresAt));
    }

    private static com.nimbusds.jwt.JWT parse(String token) {
        try {
            return com.nimbusds.jwt.JWTParser.parse(token);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

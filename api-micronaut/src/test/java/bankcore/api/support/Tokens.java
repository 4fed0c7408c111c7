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

/** Hand-made JWTs: valid ones, and every kind a server must refuse. */
public final class Tokens {

    private Tokens() {
    }

    public static String signed(String secret, String subject, String role, Instant expiresAt) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(subject, role, expiresAt));
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsigned(String subject, String role) {
        return new PlainJWT(claims(subject, role, Instant.now().plusSeconds(600))).serialize();
    }

    /** The {@code alg} of a token's header. */
    public static String algorithm(String token) {
        try {
            return com.nimbusds.jwt.JWTParser.parse(token).getHeader().getAlgorithm().getName();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, String role, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", List.of(role))
                .issueTime(Date.from(Instant.now().minusSeconds(120)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(120)))
                .expirationTime(Date.from(expiresAt))
                .build();
    }
}

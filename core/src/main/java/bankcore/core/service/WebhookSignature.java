package bankcore.core.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks signing: a secret is {@code whsec_} and 24 random bytes in base64; a signature is
 * {@code v1,} and the base64 HMAC-SHA256, keyed with the secret's bytes, of {@code id.timestamp.body}.
 */
public final class WebhookSignature {
    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BLOCK_BYTES = 64;

    private WebhookSignature() {
    }

    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the {@code webhook-signature} header. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("not a webhook secret");
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        byte[] signed = hmacSha256(key, (messageId + "." + timestampSeconds + "." + body)
                .getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    /**
     * HMAC-SHA256 (RFC 2104) over {@code java.security.MessageDigest}: the core depends on {@code java..}
     * alone, and {@code javax.crypto} is outside it. Checked against RFC 4231's vectors and the JDK's Mac.
     */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        MessageDigest sha256 = sha256();
        byte[] block = new byte[BLOCK_BYTES];
        byte[] shortKey = key.length > BLOCK_BYTES ? sha256.digest(key) : key;
        System.arraycopy(shortKey, 0, block, 0, shortKey.length);
        byte[] inner = new byte[BLOCK_BYTES];
        byte[] outer = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_BYTES; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        sha256.update(inner);
        byte[] innerHash = sha256.digest(message);
        sha256.update(outer);
        return sha256.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

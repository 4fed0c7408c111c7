package bankcore.core.service;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void hmac_sha256_gives_rfc_4231s_vectors() {
        assertThat(HexFormat.of().formatHex(WebhookSignature.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        byte[] longKey = new byte[131];
        java.util.Arrays.fill(longKey, (byte) 0xaa);
        assertThat(HexFormat.of().formatHex(WebhookSignature.hmacSha256(longKey,
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void hmac_sha256_agrees_with_the_jdks_mac_on_random_keys_and_messages() throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 200; i++) {
            byte[] key = new byte[random.nextInt(1, 150)];
            byte[] message = new byte[random.nextInt(0, 500)];
            random.nextBytes(key);
            random.nextBytes(message);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));

            assertThat(WebhookSignature.hmacSha256(key, message)).isEqualTo(mac.doFinal(message));
        }
    }

    @Test
    void signs_as_the_standard_webhooks_specification_shows() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.newSecret()).startsWith("whsec_").hasSize(6 + 32);
    }
}

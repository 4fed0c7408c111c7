package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import bankcore.api.support.Tokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** A token stands only with every claim we issue, one algorithm, and a customer the store still backs. */
class TokenStandingTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void a_token_with_every_claim_is_accepted_so_the_refusals_below_are_about_one_claim_each() {
        Bank.Person ada = bank.newCustomer("Ada Standing");
        assertThat(me(token(ada, claims -> claims)).status()).isEqualTo(200);
    }

    @Test
    void a_token_without_exp_iat_iss_aud_or_jti_is_401() {
        Bank.Person bob = bank.newCustomer("Bob Claims");
        for (String claim : new String[] {"exp", "iat", "iss", "aud", "jti"}) {
            assertThat(me(token(bob, claims -> claims.claim(claim, null))).status()).as("without " + claim).isEqualTo(401);
        }
    }

    @Test
    void a_token_not_yet_valid_or_from_another_issuer_or_for_another_audience_is_401() {
        Bank.Person cy = bank.newCustomer("Cy Claims");
        Date inAnHour = Date.from(Instant.now().plusSeconds(3600));
        assertThat(me(token(cy, claims -> claims.notBeforeTime(inAnHour))).status()).isEqualTo(401);
        assertThat(me(token(cy, claims -> claims.issueTime(inAnHour))).status()).isEqualTo(401);
        assertThat(me(token(cy, claims -> claims.issuer("someone-else"))).status()).isEqualTo(401);
        assertThat(me(token(cy, claims -> claims.audience("another-api"))).status()).isEqualTo(401);
    }

    @Test
    void a_token_signed_with_another_hmac_algorithm_under_the_same_secret_is_401() {
        Bank.Person dee = bank.newCustomer("Dee Algorithm");
        JWTClaimsSet claims = Tokens.claims(Long.toString(dee.id()), "CUSTOMER", Instant.now().plusSeconds(600)).build();
        assertThat(me(Tokens.signed(TestServer.JWT_SECRET, JWSAlgorithm.HS256, claims)).status()).isEqualTo(200);
        assertThat(me(Tokens.signed(TestServer.JWT_SECRET, JWSAlgorithm.HS384, claims)).status()).isEqualTo(401);
    }

    @Test
    void the_role_and_the_customer_come_from_the_store_not_from_the_token() {
        Bank.Person eve = bank.newCustomer("Eve Role");
        Instant later = Instant.now().plusSeconds(600);
        String promoted = Tokens.signed(TestServer.JWT_SECRET, Long.toString(eve.id()), "ADMIN", later);
        String nobody = Tokens.signed(TestServer.JWT_SECRET, "999999", "ADMIN", later);

        assertThat(api.get("/admin/ledger/verify").token(promoted).send().status()).isEqualTo(401);
        assertThat(api.get("/admin/ledger/verify").token(nobody).send().status()).isEqualTo(401);
    }

    @Test
    void logout_revokes_that_token_and_no_other() {
        Bank.Person fay = bank.newCustomer("Fay Logout");
        String other = api.login(fay.email(), fay.password());

        Reply logout = api.post("/logout").token(fay.token()).send();

        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
        assertThat(me(fay.token()).status()).isEqualTo(401);
        assertThat(me(fay.token()).contentType()).startsWith("application/problem+json");
        assertThat(me(other).status()).isEqualTo(200);
    }

    @Test
    void a_password_change_revokes_every_older_token_and_returns_one_that_works() {
        Bank.Person gus = bank.newCustomer("Gus Password");
        String older = api.login(gus.email(), gus.password());

        Reply changed = api.post("/users/me/password").token(gus.token()).json(Json.object(
                "current_password", gus.password(), "new_password", "a brand new passphrase for gus")).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(me(gus.token()).status()).isEqualTo(401);
        assertThat(me(older).status()).isEqualTo(401);
        assertThat(me(changed.json().get("access_token").getStringValue()).status()).isEqualTo(200);
        assertThat(me(api.login(gus.email(), "a brand new passphrase for gus")).status()).isEqualTo(200);
        assertThat(api.post("/login").json(Json.object("username", gus.email(), "password", gus.password())).send()
                .status()).isEqualTo(401);
    }

    @Test
    void a_password_change_with_a_wrong_current_password_is_401_and_changes_nothing() {
        Bank.Person hal = bank.newCustomer("Hal Password");

        Reply refused = api.post("/users/me/password").token(hal.token()).json(Json.object(
                "current_password", "not-hals-password", "new_password", "a brand new passphrase for hal")).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(me(hal.token()).status()).isEqualTo(200);
    }

    private static Reply me(String token) {
        return api.get("/users/me").token(token).send();
    }

    private static String token(Bank.Person person, UnaryOperator<JWTClaimsSet.Builder> change) {
        return Tokens.signed(TestServer.JWT_SECRET, JWSAlgorithm.HS256, change.apply(
                Tokens.claims(Long.toString(person.id()), "CUSTOMER", Instant.now().plusSeconds(600))).build());
    }
}

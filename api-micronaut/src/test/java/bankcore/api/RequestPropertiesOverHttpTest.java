package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Reply;
import bankcore.api.support.RequestBodies;
import bankcore.api.support.TestServer;
import bankcore.core.contract.PropertyRun;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random request bodies ({@link RequestBodies}) sent to the money-moving endpoints over HTTP, each exchange also
 * held to the OpenAPI document: no answer is a 5xx; every refusal is a problem whose detail speaks the API's
 * language and whose field problems point into the body; and money moves only for a body that may move it.
 * Over HTTP a case costs a real request (and a durable write when money moves), so this run is capped at
 * {@value #MOST_CASES} cases; the robustness profile's 100,000 run through the decoder itself
 * ({@code problem.RequestDecodingPropertiesTest}).
 */
class RequestPropertiesOverHttpTest {

    static final int MOST_CASES = 2_000;

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void no_body_gets_a_5xx_and_only_a_body_that_may_move_money_moves_it() {
        Bank.Person payer = bank.newCustomerWith("Pia Property", "9999999999999.99");
        Bank.Person payee = bank.newCustomer("Quin Property");

        PropertyRun.check("money-moving requests over HTTP", Math.min(PropertyRun.cases(100), MOST_CASES),
                random -> RequestBodies.anyCase(random, payee.accountId()), request -> {
                    Reply reply = api.post(request.path()).token(payer.token()).json(request.body()).send();
                    assertThat(reply.status()).as(reply.toString()).isLessThan(500);
                    if (movedMoney(reply)) {
                        assertThat(request.allowed()).as("moved money for a body that may not: " + reply).isTrue();
                    } else if (reply.status() >= 400) {
                        assertSpeaksTheApisLanguage(reply);
                    }
                });
    }

    /** A transfer was posted: 201, or a batch item of a 200 that is. */
    private static boolean movedMoney(Reply reply) {
        if (reply.status() == 201) {
            return true;
        }
        JsonNode items = reply.status() == 200 ? reply.json().get("items") : null;
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i).get("status").getIntValue() == 201) {
                return true;
            }
        }
        return false;
    }

    private static void assertSpeaksTheApisLanguage(Reply reply) {
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("detail").getStringValue()).as(reply.toString())
                .doesNotContainPattern(RequestBodies.INTERNALS);
        JsonNode errors = problem.get("errors");
        for (int i = 0; errors != null && i < errors.size(); i++) {
            JsonNode error = errors.get(i);
            assertThat(error.get("message").getStringValue()).as(reply.toString())
                    .doesNotContainPattern(RequestBodies.INTERNALS);
            if (reply.status() == 422) {
                assertThat(error.get("pointer").getStringValue()).as(reply.toString()).matches("|/.*");
            }
        }
    }
}

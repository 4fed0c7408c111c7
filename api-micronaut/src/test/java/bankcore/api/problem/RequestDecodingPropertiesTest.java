package bankcore.api.problem;

import bankcore.api.support.RequestBodies;
import bankcore.api.support.TestServer;
import bankcore.api.transfers.TransferBatchRequest;
import bankcore.api.transfers.TransferRequest;
import bankcore.core.contract.PropertyRun;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request decoder itself, on random bodies ({@link RequestBodies}), many cases a second: the server's own
 * JSON mapper (with bankcore's strict deserializers) and the problem mapping that answers a failure. A body
 * decodes exactly when the strict rules take it, and then holds the amount as sent, digit for digit; one that
 * does not decode is a 400 or a 422 whose words and pointer speak JSON, never a failure of another kind.
 */
class RequestDecodingPropertiesTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void a_body_decodes_exactly_when_the_strict_rules_take_it_and_a_refusal_is_a_clean_problem() {
        JsonMapper mapper = server.context().getBean(JsonMapper.class);
        Validator validator = server.context().getBean(Validator.class);

        PropertyRun.check("request decoding", 5_000, random -> RequestBodies.anyCase(random, 42), request -> {
            byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
            TransferRequest decoded;
            try {
                decoded = request.path().equals("/transfers")
                        ? mapper.readValue(body, Argument.of(TransferRequest.class))
                        : mapper.readValue(body, Argument.of(TransferBatchRequest.class)).transfers().get(0);
            } catch (Exception failure) {
                assertThat(request.decodable()).as("refused a body the rules take: " + failure).isFalse();
                assertCleanProblem(UnreadableBody.problem(HttpRequest.POST(request.path(), request.body()), failure));
                return;
            }
            assertThat(request.decodable()).as("decoded a body the rules refuse: " + decoded).isTrue();
            String sent = request.amount();
            if (!sent.contains("\\") && !sent.equals("null")) { // an escaped string is compared after JSON unescaped it, elsewhere
                assertThat(decoded.amount()).isEqualTo(sent.startsWith("\"") ? sent.substring(1, sent.length() - 1)
                        : sent);
            }
            assertThat(validator.validate(decoded)).isNotNull();
        });
    }

    private static void assertCleanProblem(HttpResponse<Problem> response) {
        Problem problem = response.body();
        assertThat(response.code()).isIn(400, 422);
        assertThat(problem.detail()).doesNotContainPattern(RequestBodies.INTERNALS);
        problem.errors().forEach(error -> {
            assertThat(error.message()).doesNotContainPattern(RequestBodies.INTERNALS);
            assertThat(error.pointer()).matches("|/.*");
        });
    }
}

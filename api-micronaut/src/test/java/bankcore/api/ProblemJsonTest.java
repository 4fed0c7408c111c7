package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of framework-level error answers with an RFC 9457 problem and the contract's status. */
class ProblemJsonTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").getIntValue()).isEqualTo(status);
        assertThat(reply.json().get("type").getStringValue()).startsWith("urn:bankcore:problem:");
        assertThat(reply.json().get("title").getStringValue()).isNotBlank();
    }

    @Test
    void unknown_route_is_a_404_problem() {
        assertProblem(api.get("/no/such/route").send(), 404);
    }

    @Test
    void unknown_route_with_a_token_is_a_404_problem() {
        String token = api.login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
        assertProblem(api.get("/no/such/route").token(token).send(), 404);
    }

    @Test
    void wrong_method_is_a_405_problem() {
        assertProblem(api.call("DELETE", "/login").send(), 405);
    }

    @Test
    void wrong_content_type_is_a_415_problem() {
        Reply reply = api.post("/login").body("username=a", "text/plain").send();
        assertProblem(reply, 415);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Reply reply = api.post("/login").json("{\"username\": ").send();
        assertProblem(reply, 400);
        assertThat(reply.problemType()).isEqualTo("malformed-json");
    }

    @Test
    void missing_field_is_a_422_problem_naming_the_field() {
        Reply reply = api.post("/login").json("{\"username\": \"a@b.test\"}").send();
        assertProblem(reply, 422);
        assertThat(reply.body()).contains("password");
    }

    @Test
    void unknown_field_is_a_422_problem() {
        Reply reply = api.post("/login").json("{\"username\":\"a@b.test\",\"password\":\"x\",\"admin\":true}").send();
        assertProblem(reply, 422);
    }

    @Test
    void wrong_type_is_a_422_problem() {
        Reply reply = api.post("/login").json("{\"username\":{\"nested\":1},\"password\":\"x\"}").send();
        assertProblem(reply, 422);
    }

    @Test
    void body_over_64_kib_is_a_413_problem() {
        String huge = "{\"username\":\"" + "a".repeat(65 * 1024) + "\",\"password\":\"x\"}";
        assertProblem(api.post("/login").json(huge).send(), 413);
    }

    @Test
    void body_just_under_64_kib_is_read_and_validated() {
        String big = "{\"username\":\"" + "a".repeat(60 * 1024) + "\",\"password\":\"x\"}";
        assertProblem(api.post("/login").json(big).send(), 422);
    }

    @Test
    void empty_body_is_a_problem_not_a_server_error() {
        Reply reply = api.post("/login").json("").send();
        assertThat(reply.status()).as(reply.toString()).isIn(400, 422);
        assertProblem(reply, reply.status());
    }
}

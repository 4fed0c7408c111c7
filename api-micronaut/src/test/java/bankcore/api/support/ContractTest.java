package bankcore.api.support;

import bankcore.api.support.Contract.Exchange;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check refuses what the document does not describe, and lets through what it does. */
class ContractTest {

    private static final String PROBLEM = "{\"type\":\"urn:bankcore:problem:validation-failed\","
            + "\"title\":\"Validation failed\",\"status\":422,\"detail\":\"amount: not a number\"}";
    private static final String TRANSFER = "{\"id\":\"0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10\",\"from_account_id\":7,"
            + "\"to_account_id\":9,\"amount\":\"25.00\",\"currency\":\"EUR\",\"description\":\"\","
            + "\"created_at\":\"2026-03-01T09:30:00Z\",\"status\":\"posted\"}";

    private static Exchange exchange(String method, String path, String requestBody, int status, String contentType,
                                     String responseBody) {
        return new Exchange(method, URI.create("http://localhost:18080" + path),
                Map.of("Content-Type", "application/json", "Authorization", "Bearer a.b.c"),
                requestBody == null ? null : requestBody.getBytes(StandardCharsets.UTF_8), status,
                Map.of("Content-Type", List.of(contentType), "Location", List.of("/transfers/x")), responseBody);
    }

    @Test
    void a_status_the_document_does_not_list_fails() {
        assertThatThrownBy(() -> Contract.check(exchange("GET", "/health", null, 418, "application/problem+json",
                PROBLEM))).isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    @Test
    void a_response_without_a_required_property_fails() {
        assertThatThrownBy(() -> Contract.check(exchange("GET", "/accounts/7", null, 200, "application/json",
                "{\"id\":7,\"owner_id\":3,\"currency\":\"EUR\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("balance");
    }

    @Test
    void an_error_that_is_not_a_problem_fails() {
        assertThatThrownBy(() -> Contract.check(exchange("GET", "/users/me", null, 401, "application/problem+json",
                "{\"message\":\"Unauthorized\"}"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void an_accepted_request_that_the_document_forbids_fails() {
        assertThatThrownBy(() -> Contract.check(exchange("POST", "/transfers",
                "{\"receiver_id\":4,\"amount\":true}", 201, "application/json", TRANSFER)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("amount");
    }

    @Test
    void a_refused_request_is_free_to_be_wrong_but_its_problem_must_match() {
        assertThatCode(() -> Contract.check(exchange("POST", "/transfers", "{\"receiver_id\":4,\"amount\":true}",
                422, "application/problem+json", PROBLEM))).doesNotThrowAnyException();
        assertThatCode(() -> Contract.check(exchange("POST", "/transfers", "{\"receiver_id\":4,\"amount\":25.5}",
                201, "application/json", TRANSFER))).doesNotThrowAnyException();
    }
}

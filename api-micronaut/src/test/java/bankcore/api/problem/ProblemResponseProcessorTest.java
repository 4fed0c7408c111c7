package bankcore.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponseProcessorTest {

    private final ProblemResponseProcessor processor = new ProblemResponseProcessor();

    @Test
    void an_unexpected_failure_is_a_500_problem_that_reveals_nothing_of_the_cause() {
        ErrorContext context = ErrorContext.builder(HttpRequest.GET("/anything"))
                .cause(new IllegalStateException("jdbc:sqlite:/secret/path.db is locked"))
                .errorMessage("jdbc:sqlite:/secret/path.db is locked")
                .build();

        MutableHttpResponse<Problem> response = processor.processResponse(context, HttpResponse.serverError());

        Problem problem = response.body();
        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString())
                .isEqualTo("application/problem+json"));
        assertThat(problem.type()).isEqualTo("urn:bankcore:problem:internal");
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.toString()).doesNotContain("secret").doesNotContain("sqlite").doesNotContain("Exception");
    }

    @Test
    void a_framework_error_keeps_its_status_and_message() {
        ErrorContext context = ErrorContext.builder(HttpRequest.GET("/nowhere")).errorMessage("Page Not Found").build();

        Problem problem = processor.processResponse(context, HttpResponse.notFound()).body();

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).isEqualTo("urn:bankcore:problem:not-found");
        assertThat(problem.detail()).isEqualTo("Page Not Found");
    }
}

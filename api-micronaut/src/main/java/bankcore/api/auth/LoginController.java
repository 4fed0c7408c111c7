package bankcore.api.auth;

import bankcore.api.problem.ProblemResponses;
import bankcore.core.domain.Customer;
import bankcore.core.port.in.Authenticate;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller
@Tag(name = "auth")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    private final Authenticate authenticate;
    private final TokenIssuer tokens;

    LoginController(Authenticate authenticate, TokenIssuer tokens) {
        this.authenticate = authenticate;
        this.tokens = tokens;
    }

    @Post("/login")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    @Operation(operationId = "login", security = @SecurityRequirement(name = ""),
            summary = "Log in with e-mail and password; returns a bearer token",
            description = "401 `bad-credentials` for an unknown e-mail or a wrong password. Repeated failures "
                    + "for one e-mail from one address, or from one address across e-mails, are refused for a "
                    + "while (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "logged in")
    @ProblemResponses.WithBody
    @ProblemResponses.Unauthorized
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Always
    TokenResponse login(@Valid @Body LoginRequest request) {
        Customer customer = authenticate.login(request.username(), request.password().toCharArray());
        return tokens.issue(Long.toString(customer.id()), customer.role().name());
    }
}

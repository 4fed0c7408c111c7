package bankcore.api.auth;

import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller
@Tag(name = "auth")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    private final Credentials credentials;
    private final TokenIssuer tokens;

    LoginController(Credentials credentials, TokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @Post("/login")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    @Operation(summary = "Log in with e-mail and password; returns a bearer token")
    TokenResponse login(@Valid @Body LoginRequest request) {
        return credentials.authenticate(request.username(), request.password())
                .map(subject -> tokens.issue(subject.id(), subject.role()))
                .orElseThrow(() -> new ProblemException(ProblemKind.BAD_CREDENTIALS, "E-mail or password is wrong"));
    }
}

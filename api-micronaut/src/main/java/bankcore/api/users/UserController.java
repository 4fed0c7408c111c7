package bankcore.api.users;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.QueryParameters;
import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import bankcore.api.view.UserView;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Page;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.RegisterCustomer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.Optional;

@Controller("/users")
@Tag(name = "users")
@ProblemResponses.Always
class UserController {

    private final RegisterCustomer registration;
    private final LedgerQueries queries;
    private final CallerAccess access;
    private final BankSettings settings;

    UserController(RegisterCustomer registration, LedgerQueries queries, CallerAccess access, BankSettings settings) {
        this.registration = registration;
        this.queries = queries;
        this.access = access;
        this.settings = settings;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "register",
            summary = "Register: a new customer with a first account in the bank's currency",
            description = "Open to anyone while registration is open (BANK_REGISTRATION_OPEN); to admins always "
                    + "(403 `registration-closed` otherwise). 409 `email-taken` for an e-mail already registered, in "
                    + "any case.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "")})
    @ApiResponse(responseCode = "201", description = "the user with its first account",
            headers = @Header(name = "Location", description = "the user: /users/{id}",
                    schema = @Schema(type = "string", format = "uri-reference", example = "/users/3")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    @ProblemResponses.WithBody
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    HttpResponse<UserView> register(@Nullable Authentication authentication,
                                    @Valid @Body RegistrationRequest request) {
        boolean admin = authentication != null && Caller.of(authentication).admin();
        if (!settings.registrationOpen() && !admin) {
            throw new ProblemException(ProblemKind.REGISTRATION_CLOSED, "Registration is closed; ask an admin");
        }
        RegisterCustomer.Registration registered = registration.register(RegisterCustomer.Command.customer(
                request.name(), request.email(), request.password().toCharArray(), settings.currency()));
        UserView view = UserView.of(registered.customer(), List.of(registered.account()));
        return HttpResponse.created(view, URI.create("/users/" + view.id()));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "getMe", summary = "You, with your accounts and balances",
            description = "The user that the bearer token names.")
    @ApiResponse(responseCode = "200", description = "you")
    @ProblemResponses.Unauthorized
    UserView me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return view(access.customer(caller, Long.toString(caller.id())));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "getUser", summary = "A user: yourself, or anyone for an admin",
            description = "Anyone else is 404, like a user that does not exist, so ids cannot be probed.")
    @ApiResponse(responseCode = "200", description = "the user")
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    UserView get(Authentication authentication, @PathIds.UserId @PathVariable String id) {
        return view(access.customer(Caller.of(authentication), id));
    }

    @Get
    @Secured("ADMIN")
    @Operation(operationId = "listUsers", summary = "All users, a cursor page at a time (admin)",
            description = "422 for a malformed cursor or limit.")
    @ApiResponse(responseCode = "200", description = "a page of users")
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.Unprocessable
    UserPage list(@QueryParameters.Cursor @Nullable @QueryValue String cursor,
                  @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit) {
        Page<Customer> page = queries.customers(Optional.ofNullable(cursor), Page.requireLimit(limit));
        return new UserPage(page.items().stream().map(this::view).toList(), page.nextCursor().orElse(null));
    }

    private UserView view(Customer customer) {
        return UserView.of(customer, queries.accountsOf(customer.id()));
    }
}

package bankcore.api.users;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.problem.Problem;
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
    @Operation(summary = "Register: a new customer with a first account in the bank's currency",
            description = "Open to anyone while registration is open (BANK_REGISTRATION_OPEN); to admins always.")
    @ApiResponse(responseCode = "201", description = "the user with its first account; Location names it")
    @ApiResponse(responseCode = "403", description = "registration is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "e-mail already registered (case-insensitive)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "missing or invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "You, with your accounts and balances")
    @ApiResponse(responseCode = "401", description = "no or bad token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UserView me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return view(access.customer(caller, Long.toString(caller.id())));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A user: yourself, or anyone for an admin")
    @ApiResponse(responseCode = "401", description = "no or bad token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "no such user, or not you",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UserView get(Authentication authentication, @PathVariable String id) {
        return view(access.customer(Caller.of(authentication), id));
    }

    @Get
    @Secured("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "All users, a cursor page at a time (admin)")
    @ApiResponse(responseCode = "401", description = "no or bad token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    UserPage list(@Nullable @QueryValue String cursor, @QueryValue(defaultValue = "50") int limit) {
        Page<Customer> page = queries.customers(Optional.ofNullable(cursor), Page.requireLimit(limit));
        return new UserPage(page.items().stream().map(this::view).toList(), page.nextCursor().orElse(null));
    }

    private UserView view(Customer customer) {
        return UserView.of(customer, queries.accountsOf(customer.id()));
    }
}

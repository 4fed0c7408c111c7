package bankcore.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(
                title = "bankcore API",
                version = "0.1.0",
                description = "Customers, accounts and transfers over the bankcore ledger. Errors are RFC 9457 "
                        + "problems (application/problem+json) whose `type` names the problem. Amounts in "
                        + "responses are decimal strings with the currency's minor digits; requests take a JSON "
                        + "number or a decimal string. Log in with POST /login and send the token as "
                        + "`Authorization: Bearer <token>`. Any request may also be answered 408 (its body stopped "
                        + "arriving), 414 (a request line over 8 KiB) or 431 (headers over 16 KiB).",
                contact = @Contact(name = "bankcore maintainers"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        // Relative: the server that serves this document (any host, any BANK_API_PORT), so Swagger UI's
        // "Try it out" calls the instance it was loaded from.
        servers = @Server(url = "/", description = "the server that serves this document"),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
            @Tag(name = "auth", description = "Log in for a bearer token"),
            @Tag(name = "users", description = "Customers: register, yourself, and (admins) everyone"),
            @Tag(name = "accounts", description = "Accounts: open, read, freeze, unfreeze and close"),
            @Tag(name = "statements", description = "An account's entries and its balance at an instant"),
            @Tag(name = "cash", description = "Deposits and withdrawals against the bank's cash account (admins)"),
            @Tag(name = "transfers", description = "Money between accounts: one, a batch, a reversal, a search"),
            @Tag(name = "admin", description = "Analytics and the ledger's invariants (admins)"),
            @Tag(name = "events", description = "The change feed: every change in commit order, in pages or as server-sent events (admins)"),
            @Tag(name = "webhooks", description = "Endpoints that get the change feed POSTed to them, signed (admins)"),
            @Tag(name = "operations", description = "Health and metrics")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

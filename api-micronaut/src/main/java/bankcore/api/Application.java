package bankcore.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(
        title = "bankcore API",
        version = "0.1.0",
        description = "Customers, accounts and transfers over the bankcore ledger. Errors are RFC 9457 "
                + "problems (application/problem+json). Amounts are decimal strings with a currency. Any request "
                + "may also be answered 408 (its body stopped arriving), 414 (a request line over 8 KiB) or 431 "
                + "(headers over 16 KiB).",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

package bankcore.api.view;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.List;

/** A customer as the API shows it: never a password or its hash. */
@Serdeable
@Schema(name = "User")
public record UserView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "3") long id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "Ada Lovelace") String name,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "ada@example.com") String email,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "CUSTOMER", allowableValues = {"CUSTOMER",
                "ADMIN"}) String role,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @Schema(requiredMode = RequiredMode.REQUIRED) List<AccountView> accounts) {

    public static UserView of(Customer customer, List<Account> accounts) {
        return new UserView(customer.id(), customer.name(), customer.email(), customer.role().name(),
                customer.createdAt(), accounts.stream().map(AccountView::of).toList());
    }
}

package bankcore.api.view;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A customer as the API shows it: never a password or its hash. */
@Serdeable
@Schema(name = "User")
public record UserView(
        @Schema(example = "3") long id,
        @Schema(example = "Ada Lovelace") String name,
        @Schema(example = "ada@example.com") String email,
        @Schema(example = "CUSTOMER", allowableValues = {"CUSTOMER", "ADMIN"}) String role,
        @Schema(example = "2026-03-01T09:30:00Z") Instant createdAt,
        List<AccountView> accounts) {

    public static UserView of(Customer customer, List<Account> accounts) {
        return new UserView(customer.id(), customer.name(), customer.email(), customer.role().name(),
                customer.createdAt(), accounts.stream().map(AccountView::of).toList());
    }
}

package bankcore.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Currency;

import static bankcore.core.domain.AccountTest.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerAndTransferRulesTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void stores_emails_lower_case_and_never_prints_the_password_hash() {
        Customer customer = new Customer(1, "  Ada  ", " Ada@Example.ORG ", Role.CUSTOMER, NOW, "secret-hash");

        assertThat(customer.email()).isEqualTo("ada@example.org");
        assertThat(customer.name()).isEqualTo("Ada");
        assertThat(customer.toString()).doesNotContain("secret-hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "two@@example.org", "a@b", "spaces in@example.org"})
    void refuses_malformed_emails(String email) {
        assertRefusal(() -> new Customer(0, "Ada", email, Role.CUSTOMER, NOW, null), Refusal.INVALID_ARGUMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>@example.com", "x@example.com\u0000evil", "\"quoted\"@example.org",
            "a..b@example.org", ".a@example.org", "a@-bad-.org", "a@example..org", "a@[192.0.2.1]",
            "a(comment)@example.org", "a@exa_mple.org"})
    void refuses_emails_that_are_not_plain_addresses(String email) {
        assertRefusal(() -> new Customer(0, "Ada", email, Role.CUSTOMER, NOW, null), Refusal.INVALID_ARGUMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"o'reilly+tag@example.co.uk", "j\u00fcrgen@m\u00fcnchen.de", "a_b-c@x1.example"})
    void accepts_plain_addresses_with_the_characters_people_use(String email) {
        assertThat(new Customer(0, "Ada", email, Role.CUSTOMER, NOW, null).email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\r", "\n", "\t", "\u001b[31m", "\u007f", "\u0085"})
    void refuses_control_characters_in_names_and_emails(String control) {
        assertRefusal(() -> new Customer(0, "Ada" + control + "Lovelace", "a@example.org", Role.CUSTOMER, NOW, null),
                Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new Customer(0, "Ada", "a" + control + "b@example.org", Role.CUSTOMER, NOW, null),
                Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> Transfer.requireDescription("rent" + control.replace("\n", "\u0000").replace("\t", "\u0000")),
                Refusal.INVALID_ARGUMENT);
    }

    @Test
    void refuses_blank_or_overlong_names() {
        assertRefusal(() -> new Customer(0, " ", "a@example.org", Role.CUSTOMER, NOW, null), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new Customer(0, "x".repeat(201), "a@example.org", Role.CUSTOMER, NOW, null),
                Refusal.INVALID_ARGUMENT);
    }

    @Test
    void a_transfer_amount_must_be_positive_and_bounded() {
        assertRefusal(() -> Transfer.requireTransferable(Money.zero(EUR)), Refusal.INVALID_AMOUNT);
        assertRefusal(() -> Transfer.requireTransferable(Money.of(-1, EUR)), Refusal.INVALID_AMOUNT);
        assertRefusal(() -> Transfer.requireTransferable(Money.of(Transfer.MAX_AMOUNT_MINOR + 1, EUR)),
                Refusal.AMOUNT_OUT_OF_RANGE);
        assertThat(Transfer.requireTransferable(Money.of(1, EUR))).isEqualTo(Money.of(1, EUR));
    }

    @Test
    void a_description_is_optional_bounded_and_free_of_control_characters() {
        assertThat(Transfer.requireDescription(null)).isEmpty();
        assertThat(Transfer.requireDescription("rent\nNovember")).isEqualTo("rent\nNovember");
        assertRefusal(() -> Transfer.requireDescription("x".repeat(501)), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> Transfer.requireDescription("bell\u0007"), Refusal.INVALID_ARGUMENT);
    }

    @Test
    void refuses_text_with_a_lone_surrogate_that_no_store_could_keep_as_sent() {
        assertRefusal(() -> Transfer.requireDescription("rent \uD83D"), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new Customer(0, "Ada \uDE00", "a@example.org", Role.CUSTOMER, NOW, null),
                Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new Customer(0, "Ada", "a\uD83D@example.org", Role.CUSTOMER, NOW, null),
                Refusal.INVALID_ARGUMENT);
        assertThat(Transfer.requireDescription("rent \uD83D\uDE00")).isEqualTo("rent \uD83D\uDE00");
    }

    @Test
    void an_idempotency_key_is_1_to_255_printable_ascii_characters() {
        assertThat(new IdempotencyKey("customer:1", "k".repeat(255)).key()).hasSize(255);
        assertRefusal(() -> new IdempotencyKey("customer:1", ""), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new IdempotencyKey("customer:1", "k".repeat(256)), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new IdempotencyKey("customer:1", "tab\there"), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> new IdempotencyKey("customer:1", "ключ"), Refusal.INVALID_ARGUMENT);
    }

    @Test
    void a_page_limit_is_1_to_200_and_a_cursor_must_be_one_we_issued() {
        assertRefusal(() -> Page.requireLimit(0), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> Page.requireLimit(201), Refusal.INVALID_ARGUMENT);
        assertRefusal(() -> Page.decodeCursor(java.util.Optional.of("-1"), 0), Refusal.INVALID_ARGUMENT);
        assertThat(Page.decodeCursor(java.util.Optional.of("42"), 0)).isEqualTo(42);
    }
}

package bankcore.seeder.generate;

import bankcore.seeder.generate.CustomerPlan.CustomerKind;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PopulationGeneratorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static SeedSpec spec(int customers, long seed, Currency... currencies) {
        return new SeedSpec(customers, 0, 30, List.of(currencies), seed);
    }

    @Test
    void the_same_seed_gives_the_same_customers_and_accounts() {
        Population first = PopulationGenerator.generate(spec(500, 7, EUR, USD));
        Population second = PopulationGenerator.generate(spec(500, 7, EUR, USD));

        assertThat(second.customers()).isEqualTo(first.customers());
        assertThat(second.accounts()).isEqualTo(first.accounts());
    }

    @Test
    void another_seed_gives_other_customers_and_deposits() {
        Population first = PopulationGenerator.generate(spec(500, 7, EUR));
        Population second = PopulationGenerator.generate(spec(500, 8, EUR));

        assertThat(second.customers()).isNotEqualTo(first.customers());
        assertThat(second.accounts()).isNotEqualTo(first.accounts());
    }

    @Test
    void emails_are_unique_lower_case_and_on_reserved_example_domains() {
        Population population = PopulationGenerator.generate(spec(3_000, 1, EUR));

        List<String> emails = population.customers().stream().map(CustomerPlan::email).toList();
        assertThat(emails).doesNotHaveDuplicates();
        assertThat(emails).allSatisfy(email -> {
            assertThat(email).isEqualTo(email.toLowerCase(Locale.ROOT));
            assertThat(email).matches("[a-z0-9._-]+@(example\\.(com|net|org)|[a-z0-9-]+\\.example)");
        });
    }

    @Test
    void names_look_like_people_and_companies() {
        Population population = PopulationGenerator.generate(spec(200, 3, EUR));

        assertThat(population.customers()).allSatisfy(customer -> assertThat(customer.name()).isNotBlank());
        assertThat(population.customers()).filteredOn(c -> c.kind() == CustomerKind.PERSON)
                .allSatisfy(person -> assertThat(person.name()).contains(" "));
    }

    @Test
    void about_one_customer_in_twelve_is_a_business() {
        Population population = PopulationGenerator.generate(spec(1_000, 5, EUR));

        long businesses = population.customers().stream().filter(c -> c.kind() == CustomerKind.BUSINESS).count();
        assertThat(businesses).isEqualTo(80);
    }

    @Test
    void opening_deposits_are_positive_and_skewed_like_a_real_banks() {
        Population population = PopulationGenerator.generate(spec(5_000, 11, EUR));

        long[] deposits = population.accounts().stream().mapToLong(AccountPlan::openingDepositMinor).toArray();
        assertThat(java.util.Arrays.stream(deposits).min().orElseThrow()).isPositive();
        assertThat(Inequality.gini(deposits)).isBetween(0.7, 0.95);
        assertThat(Inequality.topShare(deposits, 0.10)).isGreaterThan(0.6);
    }

    @Test
    void the_first_currency_is_the_most_common_and_every_currency_is_used() {
        Population population = PopulationGenerator.generate(spec(2_000, 2, EUR, USD));

        long eur = population.accounts().stream().filter(a -> a.currency().equals(EUR)).count();
        long usd = population.accounts().stream().filter(a -> a.currency().equals(USD)).count();
        assertThat(eur).isGreaterThan(2 * usd);
        assertThat(usd).isPositive();
    }

    @Test
    void customers_join_in_order_within_the_onboarding_window() {
        Population population = PopulationGenerator.generate(spec(1_000, 2, EUR));

        List<Long> times = population.customers().stream().map(CustomerPlan::onboardingMs).toList();
        assertThat(times).isSorted();
        assertThat(times).allSatisfy(t -> assertThat(t).isBetween(0L, PopulationGenerator.ONBOARDING_WINDOW_MS - 1));
    }

    @Test
    void a_single_customer_is_a_person_with_one_account() {
        Population population = PopulationGenerator.generate(spec(1, 2, EUR));

        assertThat(population.customers()).singleElement().extracting(CustomerPlan::kind).isEqualTo(CustomerKind.PERSON);
        assertThat(population.accounts()).hasSize(1);
    }

    @Test
    void rejects_a_spec_outside_its_limits() {
        assertThatThrownBy(() -> spec(0, 1, EUR)).hasMessageContaining("customers must be between 1");
        assertThatThrownBy(() -> spec(10, 1, EUR, EUR)).hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> new SeedSpec(10, 10_000_000, 1, List.of(EUR), 1))
                .hasMessageContaining("transfers must be at most");
    }
}

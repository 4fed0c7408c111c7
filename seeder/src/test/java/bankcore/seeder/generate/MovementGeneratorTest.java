package bankcore.seeder.generate;

import bankcore.seeder.generate.Movement.Deposit;
import bankcore.seeder.generate.Movement.Payment;
import bankcore.seeder.generate.Movement.Withdrawal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MovementGeneratorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long HOUR_MS = 3_600_000L;

    private static List<Movement> generate(SeedSpec spec) {
        List<Movement> movements = new ArrayList<>();
        PopulationGenerator.generate(spec).movements().forEachRemaining(movements::add);
        return movements;
    }

    private static SeedSpec spec(int customers, long transfers, int days, long seed) {
        return new SeedSpec(customers, transfers, days, List.of(EUR, Currency.getInstance("GBP")), seed);
    }

    @Test
    void generates_exactly_the_number_of_transfers_asked() {
        assertThat(generate(spec(300, 12_345, 7, 1))).hasSize(12_345);
        assertThat(generate(spec(300, 0, 7, 1))).isEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_movements_and_another_seed_others() {
        SeedSpec spec = spec(300, 5_000, 10, 42);

        assertThat(generate(spec)).isEqualTo(generate(spec));
        assertThat(generate(spec(300, 5_000, 10, 43))).isNotEqualTo(generate(spec));
    }

    @Test
    void movements_come_in_time_order_after_onboarding_and_within_the_days() {
        int days = 5;
        List<Movement> movements = generate(spec(200, 20_000, days, 3));

        assertThat(movements.stream().map(Movement::atMs).toList()).isSorted();
        long first = PopulationGenerator.ONBOARDING_WINDOW_MS;
        long end = first + days * MovementGenerator.DAY_MS;
        assertThat(movements).allSatisfy(m -> assertThat(m.atMs()).isGreaterThanOrEqualTo(first).isLessThan(end));
    }

    @Test
    void no_movement_overdraws_a_customer_account_and_none_is_empty() {
        SeedSpec spec = spec(100, 30_000, 10, 9);
        Population population = PopulationGenerator.generate(spec);
        long[] balance = population.accounts().stream().mapToLong(AccountPlan::openingDepositMinor).toArray();

        population.movements().forEachRemaining(movement -> {
            assertThat(movement.amountMinor()).isPositive();
            if (movement instanceof Payment payment) {
                assertThat(population.accounts().get(payment.fromAccount()).currency())
                        .isEqualTo(population.accounts().get(payment.toAccount()).currency());
                assertThat(payment.fromAccount()).isNotEqualTo(payment.toAccount());
                balance[payment.fromAccount()] -= payment.amountMinor();
                balance[payment.toAccount()] += payment.amountMinor();
                assertThat(balance[payment.fromAccount()]).isNotNegative();
            } else if (movement instanceof Withdrawal withdrawal) {
                balance[withdrawal.account()] -= withdrawal.amountMinor();
                assertThat(balance[withdrawal.account()]).isNotNegative();
            } else if (movement instanceof Deposit deposit) {
                balance[deposit.account()] += deposit.amountMinor();
            }
        });
    }

    @Test
    void balances_stay_skewed_after_a_season_of_spending_and_salaries() {
        SeedSpec spec = new SeedSpec(2_000, 100_000, 30, List.of(EUR), 42);
        MovementGenerator movements = PopulationGenerator.generate(spec).movements();
        movements.forEachRemaining(m -> { });

        long[] balances = new long[2_000];
        for (int account = 0; account < balances.length; account++) {
            balances[account] = movements.balanceMinor(account);
        }
        assertThat(Inequality.gini(balances)).isBetween(0.6, 0.97);
        assertThat(Inequality.topShare(balances, 0.10)).isGreaterThan(0.5);
    }

    @Test
    void people_return_to_the_same_counterparties() {
        List<Movement> movements = generate(spec(500, 50_000, 10, 4));

        Map<Integer, Map<Integer, Integer>> paidTo = new HashMap<>();
        for (Movement movement : movements) {
            if (movement instanceof Payment p) {
                paidTo.computeIfAbsent(p.fromAccount(), k -> new HashMap<>()).merge(p.toAccount(), 1, Integer::sum);
            }
        }
        long payments = paidTo.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
        long repeats = paidTo.values().stream().flatMap(m -> m.values().stream()).mapToLong(n -> n - 1L).sum();
        assertThat((double) repeats / payments).isGreaterThan(0.7);
    }

    @Test
    void most_card_payments_are_small_and_happen_by_day() {
        List<Movement> cardPayments = generate(spec(500, 50_000, 10, 5)).stream()
                .filter(m -> m.description().startsWith("Card payment")).toList();

        long small = cardPayments.stream().filter(m -> m.amountMinor() < 100_00).count();
        long atNight = cardPayments.stream().filter(m -> hourOfDay(m) >= 2 && hourOfDay(m) < 5).count();
        assertThat((double) small / cardPayments.size()).isGreaterThan(0.8);
        assertThat((double) atNight / cardPayments.size()).isLessThan(0.01);
    }

    @Test
    void salaries_arrive_in_the_morning_from_an_employer() {
        List<Movement> salaries = generate(spec(500, 50_000, 30, 6)).stream()
                .filter(m -> m.description().startsWith("Salary ")).toList();

        assertThat(salaries).isNotEmpty().allSatisfy(salary -> {
            assertThat(salary).isInstanceOf(Deposit.class);
            assertThat(hourOfDay(salary)).isBetween(4L, 12L);
        });
    }

    @Test
    void a_tiny_population_still_gets_every_transfer_asked() {
        assertThat(generate(new SeedSpec(1, 1_000, 2, List.of(EUR), 1))).hasSize(1_000);
        assertThat(generate(new SeedSpec(2, 1_000, 2, List.of(EUR), 1))).hasSize(1_000);
    }

    private static long hourOfDay(Movement movement) {
        return ((movement.atMs() - PopulationGenerator.ONBOARDING_WINDOW_MS) % MovementGenerator.DAY_MS) / HOUR_MS;
    }
}

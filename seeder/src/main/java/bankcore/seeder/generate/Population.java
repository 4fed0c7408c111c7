package bankcore.seeder.generate;

import java.util.List;

/**
 * The customers and accounts of a seeded ledger, and (package-private) how each account behaves,
 * which is what {@link MovementGenerator} draws the transfers from.
 */
public final class Population {

    private final SeedSpec spec;
    private final List<CustomerPlan> customers;
    private final List<AccountPlan> accounts;
    final AccountHabits[] habits;
    final CurrencyPool[] pools;
    /** The pool of each account, by account number. */
    final int[] poolOf;

    Population(SeedSpec spec, List<CustomerPlan> customers, List<AccountPlan> accounts,
               AccountHabits[] habits, CurrencyPool[] pools, int[] poolOf) {
        this.spec = spec;
        this.customers = List.copyOf(customers);
        this.accounts = List.copyOf(accounts);
        this.habits = habits;
        this.pools = pools;
        this.poolOf = poolOf;
    }

    public SeedSpec spec() {
        return spec;
    }

    /** In onboarding order. */
    public List<CustomerPlan> customers() {
        return customers;
    }

    /** In opening order: a customer's accounts follow each other, customers in onboarding order. */
    public List<AccountPlan> accounts() {
        return accounts;
    }

    /** The movements of this population, generated lazily in time order. */
    public MovementGenerator movements() {
        return new MovementGenerator(this);
    }
}

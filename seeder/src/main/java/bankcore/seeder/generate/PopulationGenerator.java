package bankcore.seeder.generate;

import bankcore.seeder.generate.CustomerPlan.CustomerKind;
import net.datafaker.Faker;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Draws the customers and their accounts: Datafaker names on a seeded {@link Random}, opening
 * deposits skewed like a real bank's (log-normal for most, a Pareto tail for the wealthy few), and
 * each account's habits.
 */
public final class PopulationGenerator {

    /** Customers join during the hour before the first movement. */
    public static final long ONBOARDING_WINDOW_MS = 3_600_000L;

    static final double BUSINESS_SHARE = 0.08;
    static final double WEALTHY_SHARE = 0.01;
    static final double EMPLOYED_SHARE = 0.85;
    static final double MEDIAN_SALARY_EUR = 2_400;
    private static final double MAX_OPENING_EUR = 20_000_000;
    private static final String[] BILLS = {"Rent", "Rent", "Rent", "Electricity", "Mobile phone", "Insurance", "Internet"};

    private final SeedSpec spec;
    private final Random names;
    private final Random habits;

    private PopulationGenerator(SeedSpec spec) {
        this.spec = spec;
        this.names = Seeds.stream(spec.seed(), Seeds.NAMES);
        this.habits = Seeds.stream(spec.seed(), Seeds.HABITS);
    }

    public static Population generate(SeedSpec spec) {
        return new PopulationGenerator(spec).build();
    }

    private Population build() {
        boolean[] business = chooseBusinesses();
        List<CustomerPlan> customers = drawCustomers(business);
        List<AccountPlan> accounts = new ArrayList<>();
        List<Double> wealth = new ArrayList<>();
        for (CustomerPlan customer : customers) {
            openAccounts(customer, accounts, wealth);
        }
        int[] poolOf = new int[accounts.size()];
        for (AccountPlan account : accounts) {
            poolOf[account.number()] = spec.currencies().indexOf(account.currency());
        }
        double[] weight = new double[accounts.size()];
        for (AccountPlan account : accounts) {
            weight[account.number()] = business[account.ownerNumber()]
                    ? Distributions.logNormal(habits, 1.0, 1.2)
                    : Distributions.logNormal(habits, 1.0, 0.9);
        }
        CurrencyPool[] pools = buildPools(accounts, business, weight);
        String[] employers = customers.stream().filter(c -> c.kind() == CustomerKind.BUSINESS)
                .map(CustomerPlan::name).toArray(String[]::new);
        AccountHabits[] accountHabits = new AccountHabits[accounts.size()];
        for (AccountPlan account : accounts) {
            int n = account.number();
            CurrencyPool pool = pools[poolOf[n]];
            // A salary is paid into the customer's home account only.
            accountHabits[n] = business[account.ownerNumber()]
                    ? new AccountHabits(true, weight[n], 1.0, new int[0], new int[0], -1, 0, null, 0, null)
                    : personHabits(n, pool, weight[n], wealth.get(n), account.home() ? employers : new String[0]);
        }
        return new Population(spec, customers, accounts, accountHabits, pools, poolOf);
    }

    /** Exactly BUSINESS_SHARE of the customers (at least one once there are two), at random places. */
    private boolean[] chooseBusinesses() {
        int n = spec.customers();
        boolean[] business = new boolean[n];
        int count = n < 2 ? 0 : Math.max(1, (int) Math.round(n * BUSINESS_SHARE));
        for (int chosen = 0; chosen < count; ) {
            int pick = names.nextInt(n);
            if (!business[pick]) {
                business[pick] = true;
                chosen++;
            }
        }
        return business;
    }

    private List<CustomerPlan> drawCustomers(boolean[] business) {
        Faker faker = new Faker(Locale.ENGLISH, names);
        EmailBook emails = new EmailBook(names);
        List<CustomerPlan> customers = new ArrayList<>(business.length);
        for (int i = 0; i < business.length; i++) {
            long onboardingMs = i * ONBOARDING_WINDOW_MS / business.length;
            if (business[i]) {
                String name = faker.company().name();
                customers.add(new CustomerPlan(i, CustomerKind.BUSINESS, name, emails.forBusiness(name), onboardingMs));
            } else {
                String first = faker.name().firstName();
                String last = faker.name().lastName();
                customers.add(new CustomerPlan(i, CustomerKind.PERSON, first + " " + last,
                        emails.forPerson(first, last), onboardingMs));
            }
        }
        return customers;
    }

    /**
     * One account in a home currency (the first currency most often), sometimes a second one in
     * another currency. {@code wealth} receives each account's opening deposit in euros.
     */
    private void openAccounts(CustomerPlan customer, List<AccountPlan> accounts, List<Double> wealth) {
        boolean isBusiness = customer.kind() == CustomerKind.BUSINESS;
        List<Currency> currencies = spec.currencies();
        int home = homeCurrency(currencies.size());
        double openingEur = isBusiness ? Distributions.logNormal(habits, 25_000, 1.4) : personOpeningEur();
        addAccount(customer, currencies.get(home), true, openingEur, accounts, wealth);
        if (currencies.size() > 1 && habits.nextDouble() < (isBusiness ? 0.3 : 0.1)) {
            int other = (home + 1 + habits.nextInt(currencies.size() - 1)) % currencies.size();
            addAccount(customer, currencies.get(other), false, openingEur * Distributions.uniform(habits, 0.05, 0.3),
                    accounts, wealth);
        }
    }

    /** The first currency has weight 1, each other one 0.35. */
    private int homeCurrency(int count) {
        double pick = habits.nextDouble() * (1.0 + 0.35 * (count - 1));
        return pick < 1.0 ? 0 : Math.min(count - 1, 1 + (int) ((pick - 1.0) / 0.35));
    }

    /** Most people hold little (log-normal around 1,200 EUR); one in a hundred holds a fortune (Pareto). */
    private double personOpeningEur() {
        double eur = habits.nextDouble() < WEALTHY_SHARE
                ? Distributions.pareto(habits, 150_000, 1.3)
                : Distributions.logNormal(habits, 1_200, 1.6);
        return Math.min(eur, MAX_OPENING_EUR);
    }

    private void addAccount(CustomerPlan owner, Currency currency, boolean home, double openingEur,
                            List<AccountPlan> accounts, List<Double> wealth) {
        long openingMinor = new CurrencyScale(currency).minor(openingEur);
        accounts.add(new AccountPlan(accounts.size(), owner.number(), currency, home, openingMinor));
        wealth.add(openingEur);
    }

    private CurrencyPool[] buildPools(List<AccountPlan> accounts, boolean[] business, double[] weight) {
        CurrencyPool[] pools = new CurrencyPool[spec.currencies().size()];
        for (int p = 0; p < pools.length; p++) {
            Currency currency = spec.currencies().get(p);
            List<AccountPlan> inPool = accounts.stream().filter(a -> a.currency().equals(currency)).toList();
            int[] persons = inPool.stream().filter(a -> !business[a.ownerNumber()]).mapToInt(AccountPlan::number).toArray();
            int[] businesses = inPool.stream().filter(a -> business[a.ownerNumber()]).mapToInt(AccountPlan::number).toArray();
            double[] popularity = new double[businesses.length];
            for (int i = 0; i < businesses.length; i++) {
                popularity[i] = weight[businesses[i]];
            }
            pools[p] = new CurrencyPool(currency, persons, businesses, popularity);
        }
        return pools;
    }

    private AccountHabits personHabits(int account, CurrencyPool pool, double activity, double openingEur,
                                       String[] employers) {
        // Richer people tend to earn more: the salary shares part of its randomness with the opening deposit.
        double wealthScore = StrictMath.log(Math.max(openingEur, 1) / 1_200) / 1.6;
        boolean employed = employers.length > 0 && habits.nextDouble() < EMPLOYED_SHARE;
        double salaryEur = employed
                ? clamp(MEDIAN_SALARY_EUR * StrictMath.exp(0.45 * (0.5 * clamp(wealthScore, -3, 3)
                        + 0.866 * habits.nextGaussian())), 900, 25_000)
                : 0;
        double spendLevel = employed ? salaryEur / MEDIAN_SALARY_EUR : 0.6;

        int[] favorites = new int[pool.hasBusinesses() ? 3 + habits.nextInt(5) : 0];
        for (int i = 0; i < favorites.length; i++) {
            favorites[i] = pool.popularBusiness(habits);
        }
        int[] friends = new int[pool.persons.length < 2 ? 0 : 1 + habits.nextInt(5)];
        for (int i = 0; i < friends.length; i++) {
            friends[i] = pool.otherPerson(habits, account);
        }
        int biller = -1;
        long billMinor = 0;
        String billLabel = null;
        if (pool.hasBusinesses() && habits.nextDouble() < 0.7) {
            biller = pool.businesses[habits.nextInt(pool.businesses.length)];
            billLabel = BILLS[habits.nextInt(BILLS.length)];
            double billEur = billLabel.equals("Rent")
                    ? Math.max(350, 0.3 * salaryEur)
                    : Distributions.logNormal(habits, 55, 0.5);
            billMinor = pool.scale.minor(billEur);
        }
        long salaryMinor = employed ? pool.scale.minor(salaryEur) : 0;
        String employer = employed ? employers[habits.nextInt(employers.length)] : null;
        return new AccountHabits(false, activity, spendLevel, favorites, friends, biller, billMinor, billLabel,
                salaryMinor, employer);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}

package bankcore.seeder.generate;

import bankcore.seeder.generate.Movement.Deposit;
import bankcore.seeder.generate.Movement.Payment;
import bankcore.seeder.generate.Movement.Withdrawal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Generates a population's movements in time order, one day at a time (memory stays at one day's
 * plan). It keeps every account's balance as the ledger will see it, so it only plans payments the
 * sender can afford: the ledger refuses none, and the number of transfers is exactly the one asked.
 *
 * <p>A day is planned first (how many movements of which kind, at which time of day), then played
 * in time order, choosing counterparties and amounts against the balances of that moment.
 */
public final class MovementGenerator implements Iterator<Movement> {

    public static final long DAY_MS = 86_400_000L;
    private static final long HOUR_MS = 3_600_000L;
    private static final int KIND_BITS = 3;
    private static final int ATTEMPTS = 4;
    private static final MovementKind[] KINDS = MovementKind.values();

    private static final int[] PEER_AMOUNTS_EUR = {10, 20, 5, 50, 25, 30, 15, 40, 100, 60, 75, 150, 200, 250, 500, 1000};
    private static final int[] ATM_AMOUNTS_EUR = {50, 100, 20, 200, 150, 300, 400};
    private static final String[] PEER_NOTES = {"Dinner", "Thanks!", "Groceries", "Concert tickets", "Birthday gift",
        "Taxi", "Share of rent", "Holiday", "Coffee", "Loan repayment", "Football", "Pizza night", "Cinema"};

    private final Population population;
    private final Random random;
    private final long[] balance;
    private final String[] ownerName;
    private final long[] dayEnds;

    private final int[] persons;
    private final AliasSampler personByActivity;
    private final int[] earners;
    private final int[] businesses;
    private final AliasSampler businessByPopularity;
    private final AliasSampler kindSampler;
    private final AliasSampler[] hourSampler;

    private long produced;
    private int day = -1;
    private long[] plan = new long[0];
    private int next;

    MovementGenerator(Population population) {
        this.population = population;
        SeedSpec spec = population.spec();
        this.random = Seeds.stream(spec.seed(), Seeds.MOVEMENTS);
        int accounts = population.accounts().size();
        this.balance = new long[accounts];
        this.ownerName = new String[accounts];
        for (AccountPlan account : population.accounts()) {
            balance[account.number()] = account.openingDepositMinor();
            ownerName[account.number()] = population.customers().get(account.ownerNumber()).name();
        }
        AccountHabits[] habits = population.habits;
        this.persons = select(habits, false);
        this.businesses = select(habits, true);
        this.personByActivity = persons.length == 0 ? null : new AliasSampler(weights(habits, persons));
        this.businessByPopularity = businesses.length == 0 ? null : new AliasSampler(weights(habits, businesses));
        this.earners = Arrays.stream(persons).filter(a -> habits[a].salaryMinor() > 0).toArray();
        this.kindSampler = new AliasSampler(kindWeights(salaryShare(earners.length, spec)));
        this.hourSampler = Arrays.stream(KINDS).map(k -> new AliasSampler(k.hourlyWeights)).toArray(AliasSampler[]::new);
        this.dayEnds = spreadOverDays(spec.transfers(), spec.days(), random);
    }

    /**
     * About one salary a month for each earner, whatever the number of transfers asked: a fixed share
     * would pay people weekly in a busy ledger. At most 15 % of the movements, so a small run still
     * has mostly payments.
     */
    private static double salaryShare(int earners, SeedSpec spec) {
        if (spec.transfers() == 0) {
            return 0;
        }
        double salaries = earners * (spec.days() / 30.0);
        return Math.min(0.15, salaries / spec.transfers());
    }

    /** The kinds' shares, with SALARY's replaced and the others scaled to fill the rest. */
    private static double[] kindWeights(double salaryShare) {
        double othersScale = (1 - salaryShare) / (1 - MovementKind.SALARY.share);
        return Arrays.stream(KINDS)
                .mapToDouble(k -> k == MovementKind.SALARY ? salaryShare : k.share * othersScale)
                .toArray();
    }

    /** The cumulative number of movements at the end of each day; busy and quiet days differ by up to 30 %. */
    private static long[] spreadOverDays(long total, int days, Random random) {
        double[] cumulative = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            sum += Distributions.uniform(random, 0.85, 1.15);
            cumulative[d] = sum;
        }
        long[] ends = new long[days];
        for (int d = 0; d < days - 1; d++) {
            ends[d] = StrictMath.round(total * (cumulative[d] / sum));
        }
        ends[days - 1] = total;
        return ends;
    }

    /** The balances as they stand after the movements returned so far (opening deposits included). */
    public long balanceMinor(int account) {
        return balance[account];
    }

    @Override
    public boolean hasNext() {
        return produced < population.spec().transfers();
    }

    @Override
    public Movement next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (next == plan.length) {
            planDay(++day);
        }
        long packed = plan[next++];
        long atMs = PopulationGenerator.ONBOARDING_WINDOW_MS + day * DAY_MS + (packed >>> KIND_BITS);
        MovementKind kind = KINDS[(int) (packed & ((1 << KIND_BITS) - 1))];
        produced++;
        Movement movement = play(kind, atMs);
        return movement != null ? movement : cashDeposit(atMs);
    }

    private void planDay(int d) {
        long start = d == 0 ? 0 : dayEnds[d - 1];
        plan = new long[Math.toIntExact(dayEnds[d] - start)];
        for (int i = 0; i < plan.length; i++) {
            int kind = kindSampler.sample(random);
            long msOfDay = hourSampler[kind].sample(random) * HOUR_MS + random.nextInt((int) HOUR_MS);
            plan[i] = msOfDay << KIND_BITS | kind;
        }
        Arrays.sort(plan);
        next = 0;
    }

    /** The movement of this kind at this time, or null when nobody fitting can afford one. */
    private Movement play(MovementKind kind, long atMs) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Movement movement = switch (kind) {
                case CARD_PAYMENT -> cardPayment(atMs);
                case PEER_TRANSFER -> peerTransfer(atMs);
                case BILL_PAYMENT -> billPayment(atMs);
                case SALARY -> salary(atMs);
                case ATM_WITHDRAWAL -> atmWithdrawal(atMs);
                case SUPPLIER_PAYMENT -> supplierPayment(atMs);
                case CASH_TAKINGS -> cashTakings(atMs);
            };
            if (movement != null) {
                return movement;
            }
        }
        return null;
    }

    /** A shop payment, three times out of four at one of the customer's usual shops. */
    private Movement cardPayment(long atMs) {
        int from = activePerson();
        if (from < 0 || !poolOf(from).hasBusinesses()) {
            return null;
        }
        AccountHabits habits = population.habits[from];
        int[] usual = habits.favoriteMerchants();
        int to = usual.length > 0 && random.nextDouble() < 0.75
                ? usual[random.nextInt(usual.length)]
                : poolOf(from).popularBusiness(random);
        double level = habits.spendLevel();
        double eur = Math.min(Distributions.logNormal(random, 22 * StrictMath.sqrt(level), 1.0), 2_500 * level);
        return pay(atMs, from, to, poolOf(from).scale.minor(eur), "Card payment " + ownerName[to]);
    }

    private Movement peerTransfer(long atMs) {
        int from = activePerson();
        if (from < 0 || population.habits[from].friends().length == 0) {
            return null;
        }
        int[] friends = population.habits[from].friends();
        int to = friends[random.nextInt(friends.length)];
        long amount = poolOf(from).scale.roundMinor(Distributions.preferSmall(random, PEER_AMOUNTS_EUR));
        return pay(atMs, from, to, amount, PEER_NOTES[random.nextInt(PEER_NOTES.length)]);
    }

    private Movement billPayment(long atMs) {
        int from = activePerson();
        if (from < 0 || population.habits[from].biller() < 0) {
            return null;
        }
        AccountHabits habits = population.habits[from];
        return pay(atMs, from, habits.biller(), habits.billMinor(), habits.billLabel());
    }

    /** Salaries come from employers outside the bank: a deposit from the cash account. */
    private Movement salary(long atMs) {
        if (earners.length == 0) {
            return null;
        }
        int to = earners[random.nextInt(earners.length)];
        AccountHabits habits = population.habits[to];
        // Overtime, bonuses and deductions move a payslip by a few percent.
        long amount = Math.max(1, StrictMath.round(habits.salaryMinor() * (1 + 0.03 * random.nextGaussian())));
        return deposit(atMs, to, amount, "Salary " + habits.employer());
    }

    private Movement atmWithdrawal(long atMs) {
        int from = activePerson();
        if (from < 0) {
            return null;
        }
        long amount = poolOf(from).scale.roundMinor(Distributions.preferSmall(random, ATM_AMOUNTS_EUR));
        if (amount > balance[from]) {
            return null;
        }
        balance[from] -= amount;
        return new Withdrawal(atMs, from, amount, "ATM withdrawal");
    }

    /** A business pays another for goods, at most half of what it holds. */
    private Movement supplierPayment(long atMs) {
        if (businesses.length == 0) {
            return null;
        }
        int from = businesses[businessByPopularity.sample(random)];
        int to = poolOf(from).popularBusiness(random);
        if (to == from) {
            return null;
        }
        long amount = poolOf(from).scale.minor(Distributions.logNormal(random, 600, 1.1));
        if (amount > balance[from] / 2) {
            return null;
        }
        return pay(atMs, from, to, amount, "Invoice " + (10_000 + random.nextInt(90_000)));
    }

    private Movement cashTakings(long atMs) {
        if (businesses.length == 0) {
            return null;
        }
        int to = businesses[businessByPopularity.sample(random)];
        long amount = poolOf(to).scale.minor(Distributions.logNormal(random, 350, 0.8));
        return deposit(atMs, to, amount, "Cash takings");
    }

    /** What happens when nothing planned fits (a tiny population, or everyone broke): someone pays cash in. */
    private Movement cashDeposit(long atMs) {
        int to = random.nextInt(balance.length);
        long amount = poolOf(to).scale.roundMinor(Distributions.preferSmall(random, ATM_AMOUNTS_EUR));
        return deposit(atMs, to, amount, "Cash deposit");
    }

    private int activePerson() {
        return persons.length == 0 ? -1 : persons[personByActivity.sample(random)];
    }

    private CurrencyPool poolOf(int account) {
        return population.pools[population.poolOf[account]];
    }

    /** A payment, or null when the sender cannot afford it (the card is declined). */
    private Movement pay(long atMs, int from, int to, long amountMinor, String description) {
        if (amountMinor > balance[from] || from == to) {
            return null;
        }
        balance[from] -= amountMinor;
        balance[to] += amountMinor;
        return new Payment(atMs, from, to, amountMinor, description);
    }

    private Movement deposit(long atMs, int to, long amountMinor, String description) {
        balance[to] += amountMinor;
        return new Deposit(atMs, to, amountMinor, description);
    }

    private static int[] select(AccountHabits[] habits, boolean business) {
        int[] selected = new int[habits.length];
        int count = 0;
        for (int account = 0; account < habits.length; account++) {
            if (habits[account].business() == business) {
                selected[count++] = account;
            }
        }
        return Arrays.copyOf(selected, count);
    }

    private static double[] weights(AccountHabits[] habits, int[] accounts) {
        return Arrays.stream(accounts).mapToDouble(a -> habits[a].weight()).toArray();
    }
}

package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL numbers of docs/benchmarks.md, all in one run on one server so they compare:
 * pgbench's TPC-B as the baseline, the core's batch path, and a hot cash account (every deposit
 * touches it) through the core versus the naive path (one transaction per transfer, both rows
 * locked with SELECT ... FOR UPDATE in id order). Needs {@code BANKCORE_TEST_PG_URL} and pgbench on
 * the PATH (run against the local server as user postgres).
 * <pre>{@code
 * java -cp ... bankcore.persistence.postgres.PostgresThroughput [seconds per phase, default 20]
 * }</pre>
 */
public final class PostgresThroughput {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int CLIENTS = 8;
    private static final int ACCOUNTS = 2_000;
    private static final int BATCH = 1_000;
    private static final int BATCH_CALLERS = 4;
    /** As many callers as pgbench's clients, and as many as a few busy API nodes have. */
    private static final int[] HOT_CASH_CLIENTS = {CLIENTS, 32};

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String server = System.getenv(TestDatabase.URL_VARIABLE);
        if (server == null) {
            throw new IllegalStateException("set " + TestDatabase.URL_VARIABLE);
        }
        System.out.printf("pgbench TPC-B, scale 8, %d clients, %d s: %.0f tps%n", CLIENTS, seconds, pgbench(seconds));
        try (PostgresLedgerStore store = PostgresLedgerStore.open(TestDatabase.freshSchemaUrl(), null, null);
             Ledger ledger = Ledger.builder(store)
                .build()) {
            long[] accounts = openFunded(ledger);
            System.out.printf("core batch path, transferEach of %d from %d callers, %d accounts, %d s: %.0f transfers/s%n",
                    BATCH, BATCH_CALLERS, ACCOUNTS, seconds, batchPath(ledger, accounts, seconds));
            for (int clients : HOT_CASH_CLIENTS) {
                System.out.printf("hot cash account, core, one deposit per call from %d callers, %d s: %.0f deposits/s%n",
                        clients, seconds, hotCashThroughCore(ledger, accounts, clients, seconds));
            }
        }
        for (int clients : HOT_CASH_CLIENTS) {
            System.out.printf("hot cash account, naive row locks, one transaction per deposit, %d clients, %d s: "
                    + "%.0f deposits/s%n", clients, seconds, hotCashNaive(TestDatabase.freshSchemaUrl(), clients, seconds));
        }
    }

    private static double pgbench(int seconds) throws Exception {
        String[] connection = {"-h", "127.0.0.1", "-p", "5432", "-U", "postgres"};
        run(List.of("psql", connection[0], connection[1], connection[2], connection[3], connection[4], connection[5],
                "-d", "postgres", "-qc", "DROP DATABASE IF EXISTS bankcore_pgbench"));
        run(List.of("psql", connection[0], connection[1], connection[2], connection[3], connection[4], connection[5],
                "-d", "postgres", "-qc", "CREATE DATABASE bankcore_pgbench"));
        List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", "8"));
        init.addAll(List.of(connection));
        init.add("bankcore_pgbench");
        run(init);
        List<String> bench = new ArrayList<>(List.of("pgbench", "-n", "-c", String.valueOf(CLIENTS), "-j", "2",
                "-T", String.valueOf(seconds)));
        bench.addAll(List.of(connection));
        bench.add("bankcore_pgbench");
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(run(bench));
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps");
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            output = String.join("\n", out.lines().toList());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static long[] openFunded(Ledger ledger) throws Exception {
        long[] accounts = new long[ACCOUNTS];
        parallel(CLIENTS, client -> {
            for (int i = client; i < ACCOUNTS; i += CLIENTS) {
                accounts[i] = FundedAccounts.openOne(ledger, i, 1_000_000);
            }
            return 0;
        });
        return accounts;
    }

    private static double batchPath(Ledger ledger, long[] accounts, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        long done = parallel(BATCH_CALLERS, caller -> {
            SplittableRandom random = new SplittableRandom(caller);
            long made = 0;
            while (System.nanoTime() < until) {
                List<TransferCommand> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    batch.add(TransferCommand.of(accounts[random.nextInt(ACCOUNTS)], accounts[random.nextInt(ACCOUNTS)],
                            Money.of(1 + random.nextInt(100), EUR), "bench"));
                }
                made += ledger.transfers().transferEach(batch).stream().filter(Outcome::isDone).count();
            }
            return made;
        });
        return done / ((System.nanoTime() - started) / 1e9);
    }

    private static double hotCashThroughCore(Ledger ledger, long[] accounts, int clients, int seconds)
            throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        long done = parallel(clients, client -> {
            SplittableRandom random = new SplittableRandom(100 + client);
            long made = 0;
            while (System.nanoTime() < until) {
                ledger.cash().deposit(CashCommand.of(accounts[random.nextInt(ACCOUNTS)], Money.of(1, EUR), "bench"));
                made++;
            }
            return made;
        });
        return done / ((System.nanoTime() - started) / 1e9);
    }

    /** What a ledger without group commit does: each deposit its own transaction, its rows locked in id order. */
    private static double hotCashNaive(String url, int clients, int seconds) throws Exception {
        try (Connection setup = DriverManager.getConnection(url); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE naive_account (id BIGINT PRIMARY KEY, balance BIGINT NOT NULL)");
            statement.execute("CREATE TABLE naive_journal (seq BIGSERIAL PRIMARY KEY, debit BIGINT NOT NULL, "
                    + "credit BIGINT NOT NULL, amount BIGINT NOT NULL)");
            statement.execute("INSERT INTO naive_account SELECT g, 0 FROM generate_series(0, " + ACCOUNTS + ") g");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        long done = parallel(clients, client -> {
            SplittableRandom random = new SplittableRandom(200 + client);
            long made = 0;
            try (Connection connection = DriverManager.getConnection(url);
                 PreparedStatement lock = connection.prepareStatement(
                         "SELECT id, balance FROM naive_account WHERE id IN (0, ?) ORDER BY id FOR UPDATE");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE naive_account SET balance = balance + ? WHERE id = ?");
                 PreparedStatement append = connection.prepareStatement(
                         "INSERT INTO naive_journal (debit, credit, amount) VALUES (0, ?, 1)")) {
                connection.setAutoCommit(false);
                while (System.nanoTime() < until) {
                    long customer = 1 + random.nextInt(ACCOUNTS);
                    lock.setLong(1, customer);
                    try (ResultSet rs = lock.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(2);
                        }
                    }
                    adjust(update, 0, -1);
                    adjust(update, customer, 1);
                    append.setLong(1, customer);
                    append.executeUpdate();
                    connection.commit();
                    made++;
                }
            }
            return made;
        });
        return done / ((System.nanoTime() - started) / 1e9);
    }

    private static void adjust(PreparedStatement update, long account, long delta) throws SQLException {
        update.setLong(1, delta);
        update.setLong(2, account);
        update.executeUpdate();
    }

    @FunctionalInterface
    private interface Client {
        long run(int index) throws Exception;
    }

    /** Runs the clients on their own threads and adds up what they return. */
    private static long parallel(int clients, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int index = i;
                results.add(pool.submit(() -> client.run(index)));
            }
            long total = 0;
            for (Future<Long> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }
}

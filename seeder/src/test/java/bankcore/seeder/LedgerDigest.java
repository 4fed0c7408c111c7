package bankcore.seeder;

import bankcore.core.contract.WholeJournal;
import bankcore.seeder.load.LedgerPorts;
import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.LedgerQueries;
import bankcore.seeder.wiring.SeederWiring;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A fingerprint of a ledger's content read through the core's query port: every customer, account
 * and transfer, with times relative to the first customer's (the admin's) so that two seedings on
 * different days compare equal. Password hashes (salted) and the journal's hashes (which chain the
 * absolute times) are left out.
 */
final class LedgerDigest {

    private final MessageDigest sha256;
    private Instant origin;

    private LedgerDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String of(Path file) {
        try (LedgerPorts ledger = SeederWiring.open(file, InstantSource.system(), 0)) {
            return new LedgerDigest().digest(ledger.queries());
        }
    }

    private String digest(LedgerQueries queries) {
        TreeSet<String> currencies = new TreeSet<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Customer> page = queries.customers(cursor, Page.MAX_LIMIT);
            for (Customer customer : page.items()) {
                if (origin == null) {
                    origin = customer.createdAt();
                }
                add("customer", customer.id(), customer.name(), customer.email(), customer.role(),
                        relative(customer.createdAt()));
                for (Account account : queries.accountsOf(customer.id())) {
                    add(account);
                    currencies.add(account.currency().getCurrencyCode());
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        for (String currency : currencies) {
            queries.cashAccount(Currency.getInstance(currency)).ifPresent(this::add);
        }
        for (Transfer t : WholeJournal.oldestFirst(queries)) {
            add("transfer", t.id(), t.sequence(), t.debitAccountId(), t.creditAccountId(), t.amount(),
                    t.description(), relative(t.createdAt()), t.reverses(), t.debitBalanceAfterMinor(),
                    t.creditBalanceAfterMinor());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void add(Account account) {
        add("account", account.id(), account.ownerId(), account.currency(), account.balanceMinor(), account.status(),
                account.kind(), relative(account.createdAt()));
    }

    private long relative(Instant instant) {
        return instant.toEpochMilli() - origin.toEpochMilli();
    }

    private void add(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (Object field : fields) {
            String text = String.valueOf(field);
            line.append(text.length()).append(':').append(text).append('|');
        }
        sha256.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }
}

package bankcore.api.wiring;

import bankcore.core.Ledger;
import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.VerifyLedger;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.security.bcrypt.BcryptPasswordHasher;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The composition root: the only class that knows the driven adapters (the SQLite store and the bcrypt
 * hasher). Everything else in the API sees the core's in-ports alone.
 */
@Factory
public class LedgerWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWiring.class);

    @Singleton
    @Bean(preDestroy = "close")
    Ledger ledger(@Property(name = "bank.db") String database,
                  @Property(name = "bank.bcrypt-cost", defaultValue = "12") int bcryptCost) {
        Path file = Path.of(database).toAbsolutePath();
        createParent(file);
        LOG.info("Opening the ledger at {}", file);
        return Ledger.builder(SqliteLedgerStore.open(file))
                .passwordHasher(new BcryptPasswordHasher(bcryptCost))
                .build();
    }

    @Singleton
    RegisterCustomer registerCustomer(Ledger ledger) {
        return ledger.registration();
    }

    @Singleton
    Authenticate authenticate(Ledger ledger) {
        return ledger.authentication();
    }

    @Singleton
    OpenAccount openAccount(Ledger ledger) {
        return ledger.accounts();
    }

    @Singleton
    ManageAccounts manageAccounts(Ledger ledger) {
        return ledger.accountControls();
    }

    @Singleton
    TransferMoney transferMoney(Ledger ledger) {
        return ledger.transfers();
    }

    @Singleton
    MoveCash moveCash(Ledger ledger) {
        return ledger.cash();
    }

    @Singleton
    LedgerQueries ledgerQueries(Ledger ledger) {
        return ledger.queries();
    }

    @Singleton
    LedgerAnalytics ledgerAnalytics(Ledger ledger) {
        return ledger.analytics();
    }

    @Singleton
    VerifyLedger verifyLedger(Ledger ledger) {
        return ledger.verifier();
    }

    private static void createParent(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
    }
}

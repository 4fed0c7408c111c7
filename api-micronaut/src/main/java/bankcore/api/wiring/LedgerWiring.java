package bankcore.api.wiring;

import bankcore.core.Ledger;
import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.DryRun;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.VerifyLedger;
import bankcore.persistence.sqlite.SqliteCredentialStore;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.security.bcrypt.BcryptPasswordHasher;
import bankcore.security.bcrypt.NbvcxzPasswordPolicy;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * The composition root: the only class that knows the driven adapters (the SQLite stores, the bcrypt
 * hasher and the nbvcxz password policy). Everything else in the API sees the core's in-ports alone.
 */
@Factory
public class LedgerWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWiring.class);

    /** Closed by the ledger that holds it. */
    @Singleton
    SqliteLedgerStore store(@Property(name = "bank.db") String database) {
        return openStore(database);
    }

    @Singleton
    @Bean(preDestroy = "close")
    SqliteCredentialStore credentialStore(SqliteLedgerStore store, InstantSource clock) {
        return SqliteCredentialStore.open(store, clock);
    }

    @Singleton
    @Bean(preDestroy = "close")
    Ledger ledger(SqliteLedgerStore store, SqliteCredentialStore credentials,
                  @Property(name = "bank.bcrypt-cost", defaultValue = "12") int bcryptCost,
                  @Property(name = "bank.holds.expiry-interval", defaultValue = "1s") Duration expiryInterval,
                  InstantSource clock) {
        return Ledger.builder(store)
                .expireHoldsEvery(expiryInterval)
                .clock(clock)
                .passwordHasher(new BcryptPasswordHasher(bcryptCost))
                .passwordPolicy(new NbvcxzPasswordPolicy())
                .credentialStore(credentials)
                .build();
    }

    /**
     * The one clock of the API and its ledger, so "now" in a response is the ledger's now. Primary, because the
     * platform brings an InstantSource of its own.
     */
    @Singleton
    @Primary
    InstantSource clock() {
        return InstantSource.system();
    }

    /** BANK_DB is a file path or a {@code jdbc:sqlite:} URL, checked by {@link DatabaseLocation}. */
    private static SqliteLedgerStore openStore(String database) {
        if (database.startsWith("jdbc:")) {
            LOG.info("Opening the ledger at {}", database);
            return SqliteLedgerStore.open(DatabaseLocation.url(database), SqliteOptions.defaults());
        }
        Path file = DatabaseLocation.file(database);
        LOG.info("Opening the ledger at {}", file);
        return SqliteLedgerStore.open(file);
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
    ManageCredentials manageCredentials(Ledger ledger) {
        return ledger.credentials();
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
    HoldFunds holdFunds(Ledger ledger) {
        return ledger.holds();
    }

    @Singleton
    DryRun dryRun(Ledger ledger) {
        return ledger.dryRun();
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
}

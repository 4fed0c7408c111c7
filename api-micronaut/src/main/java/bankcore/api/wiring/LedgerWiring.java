package bankcore.api.wiring;

import bankcore.core.Ledger;
import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.in.DryRun;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.ManageCredentials;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.in.ReadAudit;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.StoreStatus;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.VerifyLedger;
import bankcore.persistence.select.LedgerDatabase;
import bankcore.persistence.select.OpenedLedger;
import bankcore.security.bcrypt.BcryptPasswordHasher;
import bankcore.security.bcrypt.NbvcxzPasswordPolicy;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.InstantSource;

/**
 * The composition root: the only class that knows the driven adapters (the store BANK_DB names, opened by
 * {@link LedgerDatabase}, the bcrypt hasher and the nbvcxz password policy). Everything else in the API sees
 * the core's in-ports alone.
 */
@Factory
public class LedgerWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWiring.class);

    /**
     * BANK_DB with BANK_DB_USER and BANK_DB_PASSWORD: a SQLite file or URL, or a PostgreSQL URL. Opened here, so
     * closed here, once: last, after everything built on it (the ledger, the webhook dispatcher).
     */
    @Singleton
    @Bean(preDestroy = "close")
    OpenedLedger store(@Property(name = "bank.db") String database,
                       @Property(name = "bank.db-user", defaultValue = "") String user,
                       @Property(name = "bank.db-password", defaultValue = "") String password,
                       @Property(name = "bank.db-write-wait", defaultValue = "5s") Duration writeWait,
                       InstantSource clock) {
        LedgerDatabase location = LedgerDatabase.of(database, user, password);
        LOG.info("Opening the ledger at {}", location);
        return location.open(clock, writeWait);
    }

    /**
     * Closed before the store it is built on: closing it stops the sweep that expires due holds every
     * {@code bank.holds.expiry-interval}, and leaves the store to {@link #store}'s bean.
     */
    @Singleton
    @Bean(preDestroy = "close")
    Ledger ledger(OpenedLedger store, @Property(name = "bank.bcrypt-cost", defaultValue = "12") int bcryptCost,
                  @Property(name = "bank.holds.expiry-interval", defaultValue = "1s") Duration expiryInterval,
                  InstantSource clock) {
        return Ledger.builder(store.ledgerStore(), store.customerStore())
                .expireHoldsEvery(expiryInterval)
                .clock(clock)
                .passwordHasher(new BcryptPasswordHasher(bcryptCost))
                .passwordPolicy(new NbvcxzPasswordPolicy())
                .credentialStore(store.credentialStore())
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

    @Singleton
    StoreStatus storeStatus(Ledger ledger) {
        return ledger.status();
    }

    @Singleton
    ReadAudit readAudit(Ledger ledger) {
        return ledger.audit();
    }

    @Singleton
    ChangeFeed changeFeed(Ledger ledger) {
        return ledger.events();
    }
}

package bankcore.seeder.load;

import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.OpenAccount;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.VerifyLedger;

/**
 * The core's in-ports the seeder drives, handed over by its composition root; closing it closes
 * the ledger and its store. Nothing outside the wiring knows which store is plugged in.
 *
 * @param loadFinisher makes everything loaded so far complete and durable (a store opened for a bulk
 *                     load defers work to it); does nothing on a ledger opened otherwise
 */
public record LedgerPorts(RegisterCustomer registration, OpenAccount accounts, MoveCash cash, TransferMoney transfers,
                          LedgerQueries queries, LedgerAnalytics analytics, VerifyLedger verifier,
                          Authenticate authentication, Runnable loadFinisher, Runnable closer)
        implements AutoCloseable {

    /** Call once everything is loaded, before verifying it: see {@link #loadFinisher()}. */
    public void finishLoad() {
        loadFinisher.run();
    }

    @Override
    public void close() {
        closer.run();
    }
}

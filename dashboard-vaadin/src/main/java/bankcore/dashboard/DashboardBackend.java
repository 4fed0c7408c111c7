package bankcore.dashboard;

import bankcore.core.port.in.Authenticate;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.LedgerQueries;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;

import java.time.InstantSource;
import java.util.Currency;
import java.util.Objects;

/**
 * What the views read through: the core's in-ports, the background invariant check, the clock the
 * time ranges are measured with, and the currency shown first. Put into the Vaadin context once at
 * start-up (by the composition root, or by a test) and looked up by each view.
 */
public record DashboardBackend(LedgerAnalytics analytics, LedgerQueries queries, Authenticate authenticate,
                               InvariantMonitor invariants, InstantSource clock, Currency defaultCurrency) {

    public DashboardBackend {
        Objects.requireNonNull(analytics, "analytics");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(invariants, "invariants");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    }

    public void installInto(VaadinContext context) {
        context.setAttribute(DashboardBackend.class, this);
    }

    /** The backend of the running application. */
    public static DashboardBackend current() {
        DashboardBackend backend = VaadinService.getCurrent().getContext().getAttribute(DashboardBackend.class);
        if (backend == null) {
            throw new IllegalStateException("no DashboardBackend installed in the Vaadin context");
        }
        return backend;
    }
}

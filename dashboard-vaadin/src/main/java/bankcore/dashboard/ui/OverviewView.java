package bankcore.dashboard.ui;

import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The headline numbers: liquidity per currency, counts, today's and the last day's flow with its
 * shape, the day's largest movements, holds outstanding, credit used and the latest expiries per
 * currency ({@link HoldsPanel}), and the invariants.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "overview", layout = MainLayout.class)
@PageTitle("Overview · bankcore dashboard")
public class OverviewView extends ViewFrame implements Refreshable {

    /** How many of the day's largest transfers are listed per currency. */
    static final int LARGEST_SHOWN = 5;
    /** The sparkline covers what the Flow view calls the last 24 hours, in the same half-hour buckets. */
    private static final FlowView.Range SPARKLINE = FlowView.Range.DAY;

    private final Span asOf = new Span();
    private final Div invariants = new Div();
    private final StatCard customers = new StatCard("Customers", "customers");
    private final StatCard accounts = new StatCard("Accounts", "accounts");
    private final StatCard transfers = new StatCard("Transfers", "transfers");
    private final Div currencies = new Div();
    private final Map<Currency, CurrencyPanel> panels = new LinkedHashMap<>();
    private final Map<Currency, HoldsPanel> holdPanels = new LinkedHashMap<>();
    private final DashboardBackend backend = DashboardBackend.current();
    private final AccountOwners owners = new AccountOwners(backend.queries());
    private final LargestMovements largest = LargestMovements.shared(backend.queries(), LARGEST_SHOWN);

    public OverviewView() {
        super("Overview");
        asOf.setId("as-of");
        asOf.addClassName("as-of");
        invariants.setId("invariants");
        invariants.addClassName("invariants");
        addToHeader(asOf);
        add(invariants, cardRow(customers, accounts, transfers), currencies);
        refresh();
    }

    @Override
    public void refresh() {
        LedgerSummary summary = backend.analytics().summary();
        Instant now = backend.clock().instant();
        asOf.setText("as of " + Formats.time(summary.asOf()));
        customers.show(Formats.count(summary.customers()), "registered");
        accounts.show(Formats.count(summary.accounts()), "customer and system accounts");
        transfers.show(Formats.count(summary.transfers()), "journal entries, all time (holds and their ends too)");
        for (CurrencySummary currency : summary.currencies()) {
            panelFor(currency.currency()).show(currency, lastDay(currency.currency(), now),
                    largest.of(currency.currency(), now));
            holdPanels.get(currency.currency()).show(backend.analytics().holds(currency.currency()));
        }
        showInvariants(backend.invariants().latest());
    }

    private List<VolumeBucket> lastDay(Currency currency, Instant now) {
        Instant to = SPARKLINE.endAfter(now);
        return backend.analytics().volume(currency, to.minus(SPARKLINE.length), to, SPARKLINE.bucket);
    }

    /** The currency's panel, and its holds panel right under it (made together, the first time it is seen). */
    private CurrencyPanel panelFor(Currency currency) {
        return panels.computeIfAbsent(currency, c -> {
            CurrencyPanel panel = new CurrencyPanel(c, owners, SPARKLINE.axisFormat);
            HoldsPanel holdsPanel = new HoldsPanel(c, owners);
            holdPanels.put(c, holdsPanel);
            currencies.add(panel, holdsPanel);
            return panel;
        });
    }

    private void showInvariants(Optional<LedgerReport> latest) {
        invariants.removeAll();
        invariants.getClassNames().remove("ok");
        invariants.getClassNames().remove("broken");
        if (latest.isEmpty()) {
            invariants.add(new Span("Checking the ledger's invariants…"));
            return;
        }
        LedgerReport report = latest.get();
        long holding = report.checks().stream().filter(InvariantCheck::ok).count();
        invariants.addClassName(report.ok() ? "ok" : "broken");
        Span headline = new Span(report.ok()
                ? "✔ Ledger verified: all " + holding + " invariants hold"
                : "✖ Ledger check failed: " + (report.checks().size() - holding) + " of "
                  + report.checks().size() + " invariants broken");
        headline.setId("invariants-status");
        Span checkedAt = new Span(" · checked " + Formats.time(report.checkedAt()));
        checkedAt.addClassName("muted");
        invariants.add(headline, checkedAt);
        if (!report.ok()) {
            invariants.add(new Div(report.checks().stream().filter(check -> !check.ok())
                    .map(check -> check.name() + ": " + check.detail())
                    .collect(Collectors.joining("; "))));
        }
    }
}

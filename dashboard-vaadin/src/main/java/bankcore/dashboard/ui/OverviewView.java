package bankcore.dashboard.ui;

import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.FlowWindow;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The headline numbers: liquidity per currency, counts, today's and the last day's flow, invariants. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "overview", layout = MainLayout.class)
@PageTitle("Overview · bankcore dashboard")
public class OverviewView extends ViewFrame implements Refreshable {

    private final Span asOf = new Span();
    private final Div invariants = new Div();
    private final StatCard customers = new StatCard("Customers", "customers");
    private final StatCard accounts = new StatCard("Accounts", "accounts");
    private final StatCard transfers = new StatCard("Transfers", "transfers");
    private final Div currencies = new Div();
    private final Map<Currency, CurrencyCards> cardsByCurrency = new LinkedHashMap<>();

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
        DashboardBackend backend = DashboardBackend.current();
        LedgerSummary summary = backend.analytics().summary();
        asOf.setText("as of " + Formats.time(summary.asOf()));
        customers.show(Formats.count(summary.customers()), "registered");
        accounts.show(Formats.count(summary.accounts()), "customer and system accounts");
        transfers.show(Formats.count(summary.transfers()), "in the journal, all time");
        summary.currencies().forEach(currency -> cardsFor(currency.currency()).show(currency));
        showInvariants(backend.invariants().latest());
    }

    private CurrencyCards cardsFor(Currency currency) {
        return cardsByCurrency.computeIfAbsent(currency, c -> {
            CurrencyCards cards = new CurrencyCards(c);
            currencies.add(cards);
            return cards;
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

    /** One currency's liquidity and flow. */
    private static final class CurrencyCards extends Div {
        private final StatCard liquidity;
        private final StatCard todayCount;
        private final StatCard todayVolume;
        private final StatCard dayCount;
        private final StatCard dayVolume;

        CurrencyCards(Currency currency) {
            String code = currency.getCurrencyCode();
            liquidity = new StatCard("Liquidity", "liquidity-" + code);
            todayCount = new StatCard("Transfers today", "today-count-" + code);
            todayVolume = new StatCard("Volume today", "today-volume-" + code);
            dayCount = new StatCard("Transfers, 24 h", "day-count-" + code);
            dayVolume = new StatCard("Volume, 24 h", "day-volume-" + code);
            H3 title = new H3(code + " · " + currency.getDisplayName(Locale.US));
            add(title, cardRow(liquidity, todayCount, todayVolume, dayCount, dayVolume));
            addClassName("currency-section");
        }

        void show(CurrencySummary summary) {
            liquidity.show(Formats.money(summary.liquidity()),
                    "held in " + Formats.count(summary.customerAccounts()) + " customer accounts");
            FlowWindow today = summary.today();
            FlowWindow day = summary.last24h();
            FlowWindow before = summary.previous24h();
            todayCount.show(Formats.count(today.count()), "since 00:00 UTC");
            todayVolume.show(Formats.money(today.volume()), "since 00:00 UTC");
            dayCount.show(Formats.count(day.count()),
                    Formats.change(day.count(), before.count()) + " against the 24 h before");
            dayVolume.show(Formats.money(day.volume()),
                    Formats.change(day.volume().amountMinor(), before.volume().amountMinor())
                            + " against the 24 h before");
        }
    }
}

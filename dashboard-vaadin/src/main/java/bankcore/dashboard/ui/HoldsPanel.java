package bankcore.dashboard.ui;

import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.analytics.HoldsOverview;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Currency;

/**
 * Holds and credit in one currency on the Overview: what open holds reserve, the credit customers
 * use (balances below zero), and the latest holds that expired without a capture or a void.
 */
final class HoldsPanel extends Div {

    private final StatCard held;
    private final StatCard creditUsed;
    private final Div expiries = new Div();

    HoldsPanel(Currency currency) {
        String code = currency.getCurrencyCode();
        held = new StatCard("Holds outstanding", "holds-" + code);
        creditUsed = new StatCard("Credit used", "credit-used-" + code);
        expiries.setId("expiries-" + code);
        expiries.addClassName("card");
        add(ViewFrame.cardRow(held, creditUsed), expiries);
    }

    void show(HoldsOverview overview) {
        held.show(Formats.money(overview.held()), Formats.count(overview.openHolds()) + " open");
        creditUsed.show(Formats.money(overview.creditUsed()), "below zero, within credit limits");
        expiries.removeAll();
        Span title = new Span("Recent expiries");
        title.addClassName("stat-label");
        expiries.add(title);
        if (overview.recentExpiries().isEmpty()) {
            expiries.add(new Div(new Span("none")));
        }
        for (Transfer expiry : overview.recentExpiries()) {
            expiries.add(new Div(new Span(line(expiry))));
        }
    }

    private static String line(Transfer expiry) {
        Money amount = expiry.amount();
        return Formats.time(expiry.createdAt()) + " · " + Formats.money(amount) + " released on account "
                + expiry.debitAccountId() + " (hold " + expiry.ends() + ")";
    }
}

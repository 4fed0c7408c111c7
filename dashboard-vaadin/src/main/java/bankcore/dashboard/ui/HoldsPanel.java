package bankcore.dashboard.ui;

import bankcore.core.domain.Transfer;
import bankcore.core.domain.analytics.HoldsOverview;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.util.Currency;
import java.util.List;

/**
 * Holds and credit in one currency on the Overview, under a heading that names the currency: what
 * open holds reserve, the credit customers use (balances below zero), and the latest holds that
 * expired without a capture or a void, with whose they were.
 */
final class HoldsPanel extends Div {

    private final StatCard held;
    private final StatCard creditUsed;
    private final Div expiries = new Div();
    private final Div expiryRows = new Div();
    private final AccountOwners owners;
    /** The expiries last drawn: their owners' names are looked up only when the list changes. */
    private List<Transfer> expiriesShown;

    HoldsPanel(Currency currency, AccountOwners owners) {
        this.owners = owners;
        String code = currency.getCurrencyCode();
        setId("holds-panel-" + code);
        addClassName("currency-section");
        held = new StatCard("Holds outstanding", "holds-" + code);
        creditUsed = new StatCard("Credit used", "credit-used-" + code);
        expiries.setId("expiries-" + code);
        expiries.addClassName("card");
        Span title = new Span("Recent expiries");
        title.addClassName("stat-label");
        expiryRows.addClassName("largest-list");
        expiries.add(title, expiryRows);
        add(new H3(code + " · holds and credit"), ViewFrame.cardRow(held, creditUsed), expiries);
    }

    void show(HoldsOverview overview) {
        held.show(Formats.money(overview.held()), Formats.count(overview.openHolds()) + " open");
        creditUsed.show(Formats.money(overview.creditUsed()), "below zero, within credit limits");
        if (!overview.recentExpiries().equals(expiriesShown)) {
            showExpiries(overview.recentExpiries());
            expiriesShown = overview.recentExpiries();
        }
    }

    private void showExpiries(List<Transfer> recent) {
        expiryRows.removeAll();
        if (recent.isEmpty()) {
            expiryRows.add(MovementRows.none("No hold has expired."));
        }
        for (Transfer expiry : recent) {
            expiryRows.add(MovementRows.row(expiry, owners.of(expiry.debitAccountId()) + " → "
                    + owners.of(expiry.creditAccountId()) + " · hold " + expiry.ends() + " released"));
        }
    }
}

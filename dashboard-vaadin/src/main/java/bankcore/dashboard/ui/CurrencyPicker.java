package bankcore.dashboard.ui;

import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.dashboard.DashboardBackend;
import com.vaadin.flow.component.select.Select;

import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;

/** Chooses the currency a chart shows: those the ledger uses, the configured one first. */
final class CurrencyPicker extends Select<Currency> {

    CurrencyPicker(DashboardBackend backend) {
        Set<Currency> inUse = new LinkedHashSet<>();
        inUse.add(backend.defaultCurrency());
        backend.analytics().summary().currencies().stream().map(CurrencySummary::currency).forEach(inUse::add);
        setItems(inUse);
        setItemLabelGenerator(Currency::getCurrencyCode);
        setValue(backend.defaultCurrency());
        setEmptySelectionAllowed(false);
        setId("currency");
        setAriaLabel("Currency");
        addClassName("currency-picker");
    }
}

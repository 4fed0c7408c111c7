package bankcore.dashboard.ui;

import bankcore.core.domain.Customer;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerQueries;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journal's filters: account, customer (id or e-mail), amount range and time range (UTC).
 * Reports a complete filter on every change, or empty when a field holds something that cannot
 * match (an unknown customer, an amount with too many decimals); that field then says why.
 */
final class TransferFilterForm extends Div {

    private final LedgerQueries queries;
    private final Currency amountCurrency;
    private final TextField account = new TextField("Account");
    private final TextField customer = new TextField("Customer");
    private final BigDecimalField minAmount = new BigDecimalField("Min amount");
    private final BigDecimalField maxAmount = new BigDecimalField("Max amount");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("To (UTC)");

    TransferFilterForm(LedgerQueries queries, Currency amountCurrency, Consumer<Optional<TransferFilter>> onChange) {
        this.queries = queries;
        this.amountCurrency = amountCurrency;
        addClassName("filter-form");
        account.setId("filter-account");
        account.setPlaceholder("id");
        account.setAllowedCharPattern("[0-9]");
        customer.setId("filter-customer");
        customer.setPlaceholder("id or e-mail");
        minAmount.setId("filter-min");
        maxAmount.setId("filter-max");
        from.setId("filter-from");
        to.setId("filter-to");
        for (TextField field : new TextField[] {account, customer}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        minAmount.setValueChangeMode(ValueChangeMode.LAZY);
        maxAmount.setValueChangeMode(ValueChangeMode.LAZY);
        Button clear = new Button("Clear", e -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filter-clear");
        add(account, customer, minAmount, maxAmount, from, to, clear);
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {account, customer, minAmount, maxAmount, from, to}) {
            field.addValueChangeListener(e -> onChange.accept(filter()));
        }
    }

    private void clear() {
        account.clear();
        customer.clear();
        minAmount.clear();
        maxAmount.clear();
        from.clear();
        to.clear();
    }

    /** The filter the fields describe, or empty when one of them rules out every transfer. */
    Optional<TransferFilter> filter() {
        Optional<Long> customerId = customerId();
        Optional<Long> min = amountMinor(minAmount);
        Optional<Long> max = amountMinor(maxAmount);
        boolean impossible = customer.isInvalid() || minAmount.isInvalid() || maxAmount.isInvalid();
        if (impossible) {
            return Optional.empty();
        }
        return Optional.of(new TransferFilter(number(account.getValue()), customerId, min, max,
                instant(from.getValue()), instant(to.getValue())));
    }

    private Optional<Long> customerId() {
        String text = customer.getValue().strip();
        customer.setInvalid(false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> byId = number(text);
        if (byId.isPresent()) {
            return byId;
        }
        try {
            Optional<Long> byEmail = queries.customerByEmail(text).map(Customer::id);
            if (byEmail.isEmpty()) {
                customer.setErrorMessage("No customer with this e-mail");
                customer.setInvalid(true);
            }
            return byEmail;
        } catch (LedgerException notAnEmail) {
            customer.setErrorMessage("An id or an e-mail address");
            customer.setInvalid(true);
            return Optional.empty();
        }
    }

    private Optional<Long> amountMinor(BigDecimalField field) {
        field.setInvalid(false);
        BigDecimal value = field.getValue();
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(value, amountCurrency).amountMinor());
        } catch (LedgerException e) {
            field.setErrorMessage("At most " + amountCurrency.getDefaultFractionDigits() + " decimals");
            field.setInvalid(true);
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    private static Optional<Instant> instant(LocalDateTime utc) {
        return Optional.ofNullable(utc).map(time -> time.toInstant(ZoneOffset.UTC));
    }
}

package bankcore.dashboard.ui;

import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.LedgerQueries;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Optional;

/** Everything the journal knows about one transfer, beside the grid. */
final class TransferDetails extends Div {

    private final AccountOwners owners;
    private final Div fields = new Div();

    TransferDetails(LedgerQueries queries, Runnable onClose) {
        this.owners = new AccountOwners(queries);
        setId("transfer-details");
        addClassNames("card", "transfer-details");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close details");
        Div header = new Div(new H3("Transfer"), close);
        header.addClassName("details-header");
        fields.addClassName("details-fields");
        add(header, fields);
        setVisible(false);
    }

    void show(Optional<Transfer> selected) {
        fields.removeAll();
        setVisible(selected.isPresent());
        selected.ifPresent(this::fill);
    }

    private void fill(Transfer transfer) {
        Money amount = transfer.amount();
        field("Amount", Formats.money(amount), "detail-amount");
        field("Posted", Formats.dateTime(transfer.createdAt()), "detail-posted");
        field("From", party(transfer.debitAccountId(), transfer.debitBalanceAfterMinor(), amount), "detail-from");
        field("To", party(transfer.creditAccountId(), transfer.creditBalanceAfterMinor(), amount), "detail-to");
        field("Description", transfer.description().isEmpty() ? "—" : transfer.description(), "detail-description");
        field("Reverses", transfer.reverses() == null ? "—" : transfer.reverses().toString(), "detail-reverses");
        field("Journal position", Formats.count(transfer.sequence()), "detail-sequence");
        field("Transfer id", transfer.id().toString(), "detail-id");
        field("Hash", transfer.hash(), "detail-hash");
    }

    /** "Account 12 · Ada Lovelace · balance after €90.00" (the bank's cash account has no owner). */
    private String party(long accountId, long balanceAfterMinor, Money amount) {
        return "Account " + accountId + " · " + owners.of(accountId) + " · balance after "
                + Formats.money(Money.of(balanceAfterMinor, amount.currency()));
    }

    private void field(String label, String value, String id) {
        Span name = new Span(label);
        name.addClassName("details-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("details-value");
        fields.add(name, text);
    }
}

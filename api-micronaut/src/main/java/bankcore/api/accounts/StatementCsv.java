package bankcore.api.accounts;

import bankcore.core.domain.Money;
import bankcore.core.domain.StatementEntry;

/**
 * A statement as CSV: one header row, dot decimals, the JSON entry's columns in its order, RFC 4180
 * quoting; an unknown available balance is an empty field, as JSON's null.
 */
final class StatementCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String HEADER =
            "transfer_id,posted_at,amount,balance_after,available_after,currency,counterparty_account_id,description,"
                    + "kind\r\n";

    private StatementCsv() {
    }

    static String row(StatementEntry entry) {
        return entry.transferId() + "," + entry.postedAt() + "," + entry.amount().toPlainString() + ","
                + entry.balanceAfter().toPlainString() + "," + entry.availableAfter().map(Money::toPlainString).orElse("")
                + "," + entry.amount().currency().getCurrencyCode() + "," + entry.counterpartyAccountId() + ","
                + quote(entry.description()) + "," + StatementEntryView.kindName(entry.kind()) + "\r\n";
    }

    /**
     * Quotes every description, doubling inner quotes. A leading =, +, - or @ would be run as a formula by
     * spreadsheets, so such a text gets a leading apostrophe (OWASP's advice against CSV injection).
     */
    static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

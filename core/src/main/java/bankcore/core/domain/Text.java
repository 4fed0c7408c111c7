package bankcore.core.domain;

/** Checks on free text that the ledger stores and compares. */
final class Text {
    private Text() {
    }

    /**
     * Refuses a lone UTF-16 surrogate: no database can store it faithfully (SQLite writes "?"), so
     * what a caller sent and what the ledger kept would differ, and an idempotent retry would no
     * longer match its first request.
     */
    static String requireWellFormed(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Refusal.INVALID_ARGUMENT.because(field + " is not well-formed Unicode text");
            }
        }
        return text;
    }
}

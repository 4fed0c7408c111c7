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
    private static String requireWellFormed(String text, String field) {
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

    /**
     * Refuses control characters other than {@code allowed}: no one means to store them, and they break
     * whoever reads the text later (NUL cuts C strings and log lines short, CR and LF forge lines, ESC
     * drives terminals). Then checks that the text is well-formed.
     */
    static String requirePrintable(String text, String field, String allowed) {
        // A plain loop rather than a stream: every journal entry's description passes here, on the writer's hot path.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && allowed.indexOf(c) < 0) {
                throw Refusal.INVALID_ARGUMENT.because(field + " must not contain control characters");
            }
        }
        return requireWellFormed(text, field);
    }
}

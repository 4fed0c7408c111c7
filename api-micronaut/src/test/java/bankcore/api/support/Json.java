package bankcore.api.support;

/** Tiny JSON writer for test bodies, so that a test shows exactly the bytes it sends. */
public final class Json {

    private Json() {
    }

    /** Alternating names and values; values that are Strings are quoted, others written as they print. */
    public static String object(Object... namesAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(namesAndValues[i].toString())).append(':');
            Object value = namesAndValues[i + 1];
            out.append(value instanceof String text ? quote(text) : String.valueOf(value));
        }
        return out.append('}').toString();
    }

    /** A raw JSON fragment that {@link #object} writes unquoted (a number's exact text, a nested object). */
    public static Object raw(String fragment) {
        return new Object() {
            @Override
            public String toString() {
                return fragment;
            }
        };
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

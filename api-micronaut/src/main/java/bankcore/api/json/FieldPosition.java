package bankcore.api.json;

/**
 * A value of the request body that a bankcore deserializer refused: its place as an RFC 6901 JSON Pointer
 * ({@code /transfers/2/amount}; {@code ""} is the whole body) and the rule it broke ({@code must be a JSON
 * integer}). Carried by the decoding failure to the problem handlers, which owe it to the client as it is.
 */
public record FieldPosition(String pointer, String rule) {

    /** The field's JSON name: the pointer's last segment that is not an array index, or {@code body}. */
    public static String nameAt(String pointer) {
        String[] segments = pointer.split("/", -1);
        for (int i = segments.length - 1; i > 0; i--) {
            if (!segments[i].chars().allMatch(Character::isDigit)) {
                return segments[i].replace("~1", "/").replace("~0", "~");
            }
        }
        return "body";
    }
}

package bankcore.api.access;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path ids arrive as text; one that cannot be an id names nothing (404), not a malformed request. */
final class Ids {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    private Ids() {
    }

    static Optional<Long> parseLong(String text) {
        return text != null && NUMBER.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    static Optional<UUID> parseUuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}

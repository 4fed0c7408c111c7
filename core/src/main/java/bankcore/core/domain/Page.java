package bankcore.core.domain;

import java.util.List;
import java.util.Optional;

/**
 * A slice of a longer list, newest or lowest first as the query says. {@code nextCursor} is opaque to
 * callers and absent on the last page.
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Checks a caller's page size: 1 to 200. */
    public static int requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.INVALID_ARGUMENT.because("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    /** Reads a cursor this ledger handed out (a position); anything else is refused, not guessed. */
    public static long decodeCursor(Optional<String> cursor, long whenAbsent) {
        if (cursor.isEmpty()) {
            return whenAbsent;
        }
        try {
            long position = Long.parseLong(cursor.get());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException malformed) {
            // falls through to the refusal below
        }
        throw Refusal.INVALID_ARGUMENT.because("cursor '" + cursor.get() + "' is not one this ledger handed out");
    }
}

package bankcore.api.query;

import bankcore.api.problem.Problems;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Instants in query parameters: RFC 3339 with an offset; anything else is a 422 naming the parameter. */
public final class Instants {

    private Instants() {
    }

    public static Optional<Instant> parse(String name, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter(name, "must be an RFC 3339 instant such as 2026-03-01T00:00:00Z");
        }
    }
}

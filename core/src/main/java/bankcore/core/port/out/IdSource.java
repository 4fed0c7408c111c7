package bankcore.core.port.out;

import java.util.UUID;

/** Where transfer ids come from: random in production, seeded where a run must be reproducible. */
@FunctionalInterface
public interface IdSource {

    UUID newTransferId();

    static IdSource random() {
        return UUID::randomUUID;
    }
}

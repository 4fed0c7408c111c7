package bankcore.core.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Which journal entries a search wants. Every part is optional; amounts are in minor units of
 * whatever currency the transfer has.
 */
public record TransferFilter(Optional<Long> accountId, Optional<Long> customerId, Optional<Long> minAmountMinor,
                             Optional<Long> maxAmountMinor, Optional<Instant> from, Optional<Instant> to) {

    public static TransferFilter all() {
        return new TransferFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}

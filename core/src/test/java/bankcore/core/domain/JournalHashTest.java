package bankcore.core.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JournalHashTest {
    private static final Transfer TRANSFER = new Transfer(UUID.fromString("00000000-0000-0000-0000-000000000001"), 1,
            10, 20, Money.of(1_250, Currencies.of("EUR")), "rent", Instant.parse("2026-11-25T12:00:00Z"), null,
            -1_250, 1_250, "");

    @Test
    void is_a_sha256_that_depends_on_the_previous_hash_and_every_field() {
        String hash = JournalHash.chain(JournalHash.GENESIS, TRANSFER);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(JournalHash.chain(JournalHash.GENESIS, TRANSFER)).isEqualTo(hash);
        assertThat(JournalHash.chain("1".repeat(64), TRANSFER)).isNotEqualTo(hash);
        assertThat(JournalHash.chain(JournalHash.GENESIS, withAmount(1_251))).isNotEqualTo(hash);
        assertThat(JournalHash.chain(JournalHash.GENESIS, withDescription("rent "))).isNotEqualTo(hash);
    }

    @Test
    void cannot_be_forged_by_moving_text_across_a_field_boundary() {
        Transfer a = withDescription("a|b");
        Transfer b = new Transfer(a.id(), a.sequence(), a.debitAccountId(), a.creditAccountId(), a.amount(), "a",
                a.createdAt(), null, a.debitBalanceAfterMinor(), a.creditBalanceAfterMinor(), "");
        assertThat(JournalHash.chain(JournalHash.GENESIS, a)).isNotEqualTo(JournalHash.chain(JournalHash.GENESIS, b));
    }

    private static Transfer withAmount(long minor) {
        return new Transfer(TRANSFER.id(), 1, 10, 20, Money.of(minor, Currencies.of("EUR")), "rent",
                TRANSFER.createdAt(), null, -minor, minor, "");
    }

    private static Transfer withDescription(String description) {
        return new Transfer(TRANSFER.id(), 1, 10, 20, TRANSFER.amount(), description, TRANSFER.createdAt(), null,
                -1_250, 1_250, "");
    }
}

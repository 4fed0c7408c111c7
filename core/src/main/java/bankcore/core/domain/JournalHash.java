package bankcore.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The journal's tamper evidence: each transfer's hash is SHA-256 over the previous hash and the
 * transfer's canonical fields, so changing, inserting or deleting one row behind the core's back
 * breaks every later link. Fields are length-prefixed, so no description can forge a boundary.
 */
public final class JournalHash {
    /** The "previous hash" of the first transfer. */
    public static final String GENESIS = "0".repeat(64);

    private JournalHash() {
    }

    public static String chain(String previousHash, Transfer transfer) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, previousHash);
        append(canonical, Long.toString(transfer.sequence()));
        append(canonical, transfer.id().toString());
        append(canonical, Long.toString(transfer.debitAccountId()));
        append(canonical, Long.toString(transfer.creditAccountId()));
        append(canonical, Long.toString(transfer.amount().amountMinor()));
        append(canonical, transfer.amount().currency().getCurrencyCode());
        append(canonical, transfer.description());
        append(canonical, transfer.createdAt().toString());
        append(canonical, transfer.reverses() == null ? "" : transfer.reverses().toString());
        append(canonical, Long.toString(transfer.debitBalanceAfterMinor()));
        append(canonical, Long.toString(transfer.creditBalanceAfterMinor()));
        // Plain transfers hash exactly as they did before two-phase transfers, so older journals verify.
        if (transfer.kind() != TransferKind.POSTED) {
            append(canonical, transfer.kind().name());
            append(canonical, transfer.ends() == null ? "" : transfer.ends().toString());
            append(canonical, transfer.expiresAt() == null ? "" : transfer.expiresAt().toString());
        }
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void append(StringBuilder canonical, String field) {
        canonical.append(field.length()).append(':').append(field).append('|');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }
}

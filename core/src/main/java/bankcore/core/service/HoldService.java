package bankcore.core.service;

import bankcore.core.domain.Outcome;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerTransaction;
import bankcore.core.port.out.LedgerWriter;

import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Two-phase transfers over {@link Holds}. A plain movement goes through {@link TransferService}'s own
 * path, so it is the very same transfer (and idempotency fingerprint) as {@code transfer(...)}.
 * Capture and void first expire their own hold when its time has passed, in the same transaction,
 * so a late capture is refused as expired and the expiry is in the journal with it.
 */
public final class HoldService implements HoldFunds {
    private final LedgerWriter writer;
    /** Taken for the caller in scope ({@link Posting#forCurrentCaller}) whenever a command is built. */
    private final Posting posting;

    public HoldService(LedgerWriter writer, InstantSource clock, IdSource ids) {
        this.writer = writer;
        this.posting = new Posting(clock, ids);
    }

    @Override
    public Posted submit(Movement movement) {
        Posting caller = posting.forCurrentCaller();
        return writeOne(tx -> TransferService.posted(submitIdempotently(tx, caller, movement)));
    }

    @Override
    public List<Transfer> submitAll(List<Movement> movements) {
        TransferService.requireBatch(movements);
        Posting caller = posting.forCurrentCaller();
        return this.<List<Transfer>>writeOne(tx -> TransferService.eachNamingTheRefused(movements,
                movement -> submitIdempotently(tx, caller, movement).transfers().get(0)));
    }

    @Override
    public List<Outcome<Posted>> submitEach(List<Movement> movements) {
        TransferService.requireBatch(movements);
        Posting caller = posting.forCurrentCaller();
        return writer.write(movements.stream()
                .<LedgerCommand<Posted>>map(movement -> tx -> TransferService.posted(submitIdempotently(tx, caller,
                        movement)))
                .toList());
    }

    @Override
    public Posted capture(Capture command) {
        Holds holds = new Holds(posting.forCurrentCaller());
        return expiringFirst(holds, List.of(command.holdId()),
                tx -> TransferService.posted(captureIdempotently(tx, holds, command)));
    }

    @Override
    public Posted voidHold(VoidHold command) {
        Holds holds = new Holds(posting.forCurrentCaller());
        return expiringFirst(holds, List.of(command.holdId()),
                tx -> TransferService.posted(voidIdempotently(tx, holds, command)));
    }

    @Override
    public List<Transfer> captureAll(List<Capture> commands) {
        TransferService.requireBatch(commands);
        Holds holds = new Holds(posting.forCurrentCaller());
        return expiringFirst(holds, commands.stream().map(Capture::holdId).toList(), tx -> TransferService
                .eachNamingTheRefused(commands,
                        command -> captureIdempotently(tx, holds, command).transfers().get(0)));
    }

    @Override
    public List<Transfer> voidAll(List<VoidHold> commands) {
        TransferService.requireBatch(commands);
        Holds holds = new Holds(posting.forCurrentCaller());
        return expiringFirst(holds, commands.stream().map(VoidHold::holdId).toList(), tx -> TransferService
                .eachNamingTheRefused(commands, command -> voidIdempotently(tx, holds, command).transfers().get(0)));
    }

    @Override
    public int expireDue() {
        return writeOne(new Holds(posting.forCurrentCaller())::expireDue);
    }

    private static Idempotency.Result submitIdempotently(LedgerTransaction tx, Posting posting, Movement movement) {
        if (movement.holdFor().isEmpty()) {
            return TransferService.postIdempotently(tx, posting, movement.transfer());
        }
        var command = movement.transfer();
        String fingerprint = "hold|" + movement.holdFor().get().toSeconds() + "|"
                + TransferService.fingerprint(command);
        return Idempotency.run(tx, command.idempotencyKey(), fingerprint, posting.clock(),
                () -> List.of(new Holds(posting).open(tx, Parties.of(tx, command), command.amount(), command.description(),
                        movement.holdFor().get())));
    }

    private Idempotency.Result captureIdempotently(LedgerTransaction tx, Holds holds, Capture command) {
        String fingerprint = "capture|" + command.holdId() + "|"
                + command.amount().map(TransferService::amount).orElse("all") + "|" + command.initiatedBy();
        return Idempotency.run(tx, command.idempotencyKey(), fingerprint, posting.clock(),
                () -> List.of(holds.capture(tx, command.holdId(), command.amount(), command.initiatedBy())));
    }

    private Idempotency.Result voidIdempotently(LedgerTransaction tx, Holds holds, VoidHold command) {
        String fingerprint = "void|" + command.holdId() + "|" + command.initiatedBy();
        return Idempotency.run(tx, command.idempotencyKey(), fingerprint, posting.clock(),
                () -> List.of(holds.voidHold(tx, command.holdId(), command.initiatedBy())));
    }

    /** Runs the expiry of the holds it names as a command of its own before {@code command}, in one write. */
    private <T> T expiringFirst(Holds holds, List<UUID> holdIds, LedgerCommand<T> command) {
        LedgerCommand<Optional<T>> expiry = tx -> {
            holdIds.forEach(id -> holds.expireIfDue(tx, id));
            return Optional.empty();
        };
        LedgerCommand<Optional<T>> then = tx -> Optional.of(command.applyTo(tx));
        return writer.write(List.of(expiry, then)).get(1).orThrow().orElseThrow();
    }

    private <T> T writeOne(LedgerCommand<T> command) {
        return writer.write(List.of(command)).get(0).orThrow();
    }
}

package bankcore.api.transfers;

import bankcore.api.problem.ProblemException;
import bankcore.core.domain.BatchItemRefusedException;
import bankcore.core.domain.LedgerException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What every all-or-nothing batch endpoint shares: a refusal, whether it came while the items were read (an
 * invalid amount, an unknown transfer) or from inside the core's transaction, is the item's usual problem naming
 * the item by {@code index} and by {@code pointer} into the body's array.
 *
 * @param pointer the array of items in the request body, as a JSON Pointer ({@code /transfers})
 */
record AtomicBatch(String pointer) {

    /** The core's command for each item, in order; the first item refused refuses the batch. */
    <I, C> List<C> commands(List<I> items, BiFunction<I, Integer, C> command) {
        List<C> commands = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            try {
                commands.add(command.apply(items.get(index), index));
            } catch (LedgerException | ProblemException refusal) {
                throw ProblemException.atItem(pointer, index, refusal);
            }
        }
        return commands;
    }

    /** Runs the core's all-or-nothing use case, naming the item it refused. */
    <T> T run(Supplier<T> allOrNothing) {
        try {
            return allOrNothing.get();
        } catch (BatchItemRefusedException refused) {
            throw ProblemException.atItem(pointer, refused.index(), refused.itemRefusal());
        }
    }
}

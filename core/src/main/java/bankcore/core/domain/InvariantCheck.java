package bankcore.core.domain;

/** One of the ledger's invariants, checked: its name, whether it holds, and what was found. */
public record InvariantCheck(String name, boolean ok, String detail) {
}

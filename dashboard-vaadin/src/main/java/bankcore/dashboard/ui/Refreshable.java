package bankcore.dashboard.ui;

/** A view that re-reads the ledger when the page polls (every few seconds, without a reload). */
interface Refreshable {

    void refresh();
}

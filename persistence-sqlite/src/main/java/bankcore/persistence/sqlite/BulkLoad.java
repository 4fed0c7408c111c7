package bankcore.persistence.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SqliteOptions#forBulkLoad()} changes on the writer's connection, and how it is undone.
 * Each journal row goes into every index of the journal; the ones on the debit and credit accounts
 * (since V12 links in the rows themselves, decision 0024) took a random page per row once the journal
 * outgrew the cache, which a seeder's profile showed as most of its time. So the non-unique indexes
 * that remain are dropped for the load and built again from the finished journal in one sorted pass
 * each. The unique ones (the id, {@code reverses}, one end per hold) stay: they are constraints the
 * load must meet row by row, and the foreign keys look them up.
 * The indexes are rebuilt from their own {@code CREATE INDEX} text in {@code sqlite_master}, so the
 * file ends with exactly the schema its migrations made, whatever later migrations add.
 */
final class BulkLoad {
    private static final String TABLE = "journal";

    /** The dropped indexes' {@code CREATE INDEX} statements, as the migrations wrote them. */
    private final List<String> deferred;
    private final boolean synchronousFull;
    private boolean finished;

    private BulkLoad(List<String> deferred, boolean synchronousFull) {
        this.deferred = deferred;
        this.synchronousFull = synchronousFull;
    }

    /** Turns fsync off on the writer's connection and drops the journal's non-unique indexes. */
    static BulkLoad begin(Connection writer, SqliteOptions options) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement statement = writer.createStatement()) {
            // origin 'c': made by CREATE INDEX, not by a UNIQUE or PRIMARY KEY constraint.
            try (ResultSet rs = statement.executeQuery("SELECT il.name, m.sql FROM pragma_index_list('" + TABLE
                    + "') il JOIN sqlite_master m ON m.type = 'index' AND m.name = il.name"
                    + " WHERE il.origin = 'c' AND il.\"unique\" = 0 ORDER BY il.name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String name : names) {
                    statement.execute("DROP INDEX \"" + name + "\"");
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            statement.execute("PRAGMA synchronous = OFF");
        }
        return new BulkLoad(List.copyOf(definitions), options.synchronousFull());
    }

    /**
     * Builds the dropped indexes again, restores the store's durability on the writer's connection and
     * makes the whole file durable with one checkpoint that syncs it; a second call does nothing.
     */
    void finish(Connection writer) throws SQLException {
        if (finished) {
            return;
        }
        try (Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String definition : deferred) {
                    statement.execute(definition);
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            statement.execute("PRAGMA synchronous = " + (synchronousFull ? "FULL" : "NORMAL"));
            // With fsync back on, the checkpoint syncs the WAL and then the database file: everything the
            // load committed without fsync is on disk before anyone may rely on it.
            try (ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    throw new SQLException("the checkpoint after the bulk load could not run: the file is busy");
                }
            }
        }
        finished = true;
    }
}

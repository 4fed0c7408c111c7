package bankcore.persistence.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page caches an open store's connections really have (decision 0023): they bound the native
 * memory SQLite takes in the process, 16 MiB for the writer and 8 MiB for each reader, where SQLite
 * grows each cache to its limit as the file is read.
 */
class PageCacheSizeTest {
    @TempDir
    Path dir;

    @Test
    void the_writer_caches_16_mib_and_each_reader_8_mib() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("ledger.db"))) {
            long writer = store.writeBeside(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("PRAGMA cache_size")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(writer).as("KiB, negative").isEqualTo(-16 * 1024);
            for (int i = 0; i < SqliteOptions.defaults().readConnections(); i++) {
                assertThat(store.readers().number("PRAGMA cache_size")).as("KiB, negative").isEqualTo(-8 * 1024);
            }
        }
    }
}

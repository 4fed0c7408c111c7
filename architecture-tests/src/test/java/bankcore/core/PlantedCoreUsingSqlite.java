package bankcore.core;

import bankcore.persistence.sqlite.SqliteOptions;

/** Planted violation, not production code: the core reaching for a store's settings. */
final class PlantedCoreUsingSqlite {
    SqliteOptions options;
}

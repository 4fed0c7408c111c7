package bankcore.plantedcli;

import bankcore.seeder.SeederMain;

/**
 * Planted violation, not production code: a driving adapter no rule lists by name (it is found by its
 * package), which calls into another driving adapter.
 */
final class PlantedCliCallingSeeder {
    SeederMain seeder;
}

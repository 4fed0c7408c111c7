package bankcore.persistence.planted;

import bankcore.security.bcrypt.BcryptPasswordHasher;

/**
 * Planted violation, not production code: a store in a module no rule lists by name (it is found by its
 * package), which uses another driven adapter directly.
 */
final class PlantedStoreUsingHasher {
    BcryptPasswordHasher hasher;
}

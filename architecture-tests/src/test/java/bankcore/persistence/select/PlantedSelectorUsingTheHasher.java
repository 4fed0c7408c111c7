package bankcore.persistence.select;

import bankcore.security.bcrypt.BcryptPasswordHasher;

/** Planted violation, not production code: the store selector doing more than open a store. */
final class PlantedSelectorUsingTheHasher {
    BcryptPasswordHasher hasher;
}

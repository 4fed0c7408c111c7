package bankcore.client;

import bankcore.core.domain.Money;

/** Planted violation, not production code: an API client that parses amounts with the core's Money. */
final class PlantedClientUsingMoney {
    Money amount;
}

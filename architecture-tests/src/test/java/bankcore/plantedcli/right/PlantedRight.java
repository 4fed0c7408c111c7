package bankcore.plantedcli.right;

import bankcore.plantedcli.left.PlantedLeft;

/** Planted violation, not production code: the other half of a cycle between two packages. */
public final class PlantedRight {
    PlantedLeft left;
}

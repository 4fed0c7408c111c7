package bankcore.plantedcli.left;

import bankcore.plantedcli.right.PlantedRight;

/** Planted violation, not production code: one half of a cycle between two packages. */
public final class PlantedLeft {
    PlantedRight right;
}

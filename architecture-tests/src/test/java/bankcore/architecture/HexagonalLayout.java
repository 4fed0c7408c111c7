package bankcore.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where each part of the hexagon lives, found from the classes themselves rather than listed by hand,
 * so a new module is under the rules the day it is added:
 * every {@code bankcore.persistence.<x>}, {@code bankcore.security.<x>} and {@code bankcore.webhook.<x>}
 * package is a driven adapter, except the store selector {@code bankcore.persistence.select},
 * {@code bankcore.core} is the core, the harnesses below measure or draw the system and ship in no
 * application, the clients below speak to the API over HTTP, and every other top package
 * {@code bankcore.<x>} is a driving adapter.
 *
 * @param drivenAdapters root packages of the driven (secondary) adapters, e.g. {@code bankcore.persistence.sqlite}
 * @param drivingAdapters root packages of the driving (primary) adapters, e.g. {@code bankcore.api}
 * @param harnesses root packages of the harnesses found
 * @param clients root packages of the API's clients found
 * @param storeSelectors root packages of the store selectors found
 */
record HexagonalLayout(SortedSet<String> drivenAdapters, SortedSet<String> drivingAdapters, SortedSet<String> harnesses,
                       SortedSet<String> clients, SortedSet<String> storeSelectors) {
    static final String BASE = "bankcore";
    static final String CORE = "bankcore.core";
    static final String DOMAIN = "bankcore.core.domain";
    static final String PORTS = "bankcore.core.port";
    static final String IN_PORTS = "bankcore.core.port.in";
    static final String OUT_PORTS = "bankcore.core.port.out";
    static final String SERVICES = "bankcore.core.service";
    /** The assembled core: whoever holds it has chosen a store, which only a composition root may do. */
    static final String LEDGER_FACADE = "bankcore.core.Ledger";
    /** Top packages whose next package level is a driven adapter each. */
    static final Set<String> DRIVEN_FAMILIES = Set.of("persistence", "security", "webhook");
    /**
     * Benchmarks wire a store straight into the core to time it, and the docs module renders diagrams:
     * neither is an adapter a bank deploys, so they are held to "nobody depends on us" and "no cycles" only.
     */
    static final Set<String> HARNESS_PACKAGES = Set.of("benchmarks", "docs");
    /**
     * Clients of the REST API, mostly generated from its OpenAPI document: outside the hexagon, they know
     * the bank only through HTTP, so they may use no other bankcore package, and their inner package
     * structure is the generator's.
     */
    static final Set<String> CLIENT_PACKAGES = Set.of("client");
    /**
     * The store selector: it opens whichever persistence adapter BANK_DB names, so it depends on all of them,
     * which no driven adapter may; in return only composition roots may use it (decision 0013).
     */
    static final String STORE_SELECTOR = "bankcore.persistence.select";
    /** The driven family whose adapters a store selector may open. */
    static final String PERSISTENCE = "bankcore.persistence";

    static HexagonalLayout of(JavaClasses classes) {
        SortedSet<String> driven = new TreeSet<>();
        SortedSet<String> driving = new TreeSet<>();
        SortedSet<String> harnesses = new TreeSet<>();
        SortedSet<String> clients = new TreeSet<>();
        SortedSet<String> selectors = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 2 || !parts[0].equals(BASE) || parts[1].equals("core")) {
                continue;
            }
            if (DRIVEN_FAMILIES.contains(parts[1])) {
                if (parts.length < 3) {
                    throw new IllegalStateException(javaClass.getName() + " sits in " + javaClass.getPackageName()
                            + ", which names a kind of adapter, not an adapter: move it into a package of its own");
                }
                String adapter = String.join(".", parts[0], parts[1], parts[2]);
                (adapter.equals(STORE_SELECTOR) ? selectors : driven).add(adapter);
            } else if (HARNESS_PACKAGES.contains(parts[1])) {
                harnesses.add(parts[0] + "." + parts[1]);
            } else if (CLIENT_PACKAGES.contains(parts[1])) {
                clients.add(parts[0] + "." + parts[1]);
            } else {
                driving.add(parts[0] + "." + parts[1]);
            }
        }
        return new HexagonalLayout(driven, driving, harnesses, clients, selectors);
    }

    SortedSet<String> adapters() {
        SortedSet<String> all = new TreeSet<>(drivenAdapters);
        all.addAll(drivingAdapters);
        return all;
    }

    /** The driven adapters that are stores, which a store selector may open. */
    SortedSet<String> persistenceAdapters() {
        SortedSet<String> stores = new TreeSet<>(drivenAdapters);
        stores.removeIf(adapter -> !adapter.startsWith(PERSISTENCE + "."));
        return stores;
    }

    /** The one package of a driving adapter that may know which store and hasher are plugged in. */
    static String wiringOf(String drivingAdapter) {
        return drivingAdapter + ".wiring";
    }

    /** ArchUnit's notation for a package and everything under it. */
    static String andBelow(String packageName) {
        return packageName + "..";
    }
}

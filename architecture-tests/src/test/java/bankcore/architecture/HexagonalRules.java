package bankcore.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static bankcore.architecture.HexagonalLayout.CORE;
import static bankcore.architecture.HexagonalLayout.DOMAIN;
import static bankcore.architecture.HexagonalLayout.IN_PORTS;
import static bankcore.architecture.HexagonalLayout.LEDGER_FACADE;
import static bankcore.architecture.HexagonalLayout.OUT_PORTS;
import static bankcore.architecture.HexagonalLayout.PORTS;
import static bankcore.architecture.HexagonalLayout.SERVICES;
import static bankcore.architecture.HexagonalLayout.andBelow;
import static bankcore.architecture.HexagonalLayout.wiringOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of docs/architecture.md §1 Shape, built over a layout so that the same rules
 * judge the production classes and the planted violations that prove each rule can fail.
 */
final class HexagonalRules {
    private final HexagonalLayout layout;

    HexagonalRules(HexagonalLayout layout) {
        this.layout = layout;
    }

    ArchRule coreDependsOnNothingButTheJdk() {
        return classes().that().resideInAPackage(andBelow(CORE))
                .should().onlyDependOnClassesThat().resideInAnyPackage(andBelow(CORE), "java..")
                .because("the core is a library any JVM application can embed without a framework");
    }

    ArchRule domainKnowsNothingOfPortsServicesOrAdapters() {
        return classes().that().resideInAPackage(andBelow(DOMAIN))
                .should().onlyDependOnClassesThat().resideInAnyPackage(andBelow(DOMAIN), "java..")
                .because("the domain is rules and values; how they are stored or called is someone else's job");
    }

    ArchRule portsDoNotReachIntoServices() {
        return noClasses().that().resideInAPackage(andBelow(PORTS))
                .should().dependOnClassesThat().resideInAPackage(andBelow(SERVICES))
                .because("ports are the contract; the services are one implementation of it");
    }

    ArchRule inPortsNeverDependOnOutPorts() {
        return noClasses().that().resideInAPackage(andBelow(IN_PORTS))
                .should().dependOnClassesThat().resideInAPackage(andBelow(OUT_PORTS))
                .because("a driving adapter sees only in-ports and the domain; an out-port type in an in-port "
                        + "would hand it the store");
    }

    ArchRule drivenAdaptersNeverDependOnAnotherAdapter() {
        SortedSet<String> othersAndSelectors = new TreeSet<>(layout.adapters());
        othersAndSelectors.addAll(layout.storeSelectors());
        return eachStaysOutOf(layout.drivenAdapters(), othersAndSelectors, "adapters meet only in the core's ports");
    }

    /** The one kind of class that may know every store: it opens the one configured, and does nothing else. */
    ArchRule storeSelectorsOnlyOpenStores() {
        String[] allowed = packagesBelow(Stream.of(layout.storeSelectors().stream(),
                layout.persistenceAdapters().stream(), Stream.of(OUT_PORTS, DOMAIN)).flatMap(s -> s));
        return classes().that().resideInAnyPackage(packagesBelow(layout.storeSelectors().stream()))
                .should().onlyDependOnClassesThat(resideInAnyPackage(allowed).or(resideInAPackage("java..")))
                .because("a store selector turns BANK_DB into the core's out-ports; calling use cases, hashing "
                        + "passwords or serving requests is the composition root's and the adapters' job");
    }

    ArchRule storeSelectorsAreUsedOnlyByCompositionRoots() {
        String[] selectors = packagesBelow(layout.storeSelectors().stream());
        String[] roots = packagesBelow(layout.drivingAdapters().stream().map(HexagonalLayout::wiringOf));
        return noClasses().that().resideOutsideOfPackages(selectors).and().resideOutsideOfPackages(roots)
                .should().dependOnClassesThat().resideInAnyPackage(selectors)
                .because("choosing the store is the composition root's decision, made once per process");
    }

    ArchRule drivenAdaptersNeverUseInPortsServicesOrTheLedgerFacade() {
        return noClasses().that().resideInAnyPackage(packagesBelow(layout.drivenAdapters().stream()))
                .should().dependOnClassesThat().resideInAnyPackage(andBelow(IN_PORTS), andBelow(SERVICES))
                .orShould().dependOnClassesThat().haveFullyQualifiedName(LEDGER_FACADE)
                .because("a store or a hasher implements out-ports; it has no business calling use cases");
    }

    ArchRule drivingAdaptersNeverDependOnOneAnother() {
        return eachStaysOutOf(layout.drivingAdapters(), layout.drivingAdapters(),
                "the API, the dashboard and the seeder share only the core");
    }

    ArchRule drivingAdaptersReachTheAssembledCoreOnlyInTheirWiring() {
        String[] assembly = packagesBelow(Stream.of(layout.drivenAdapters().stream(), layout.storeSelectors().stream(),
                Stream.of(SERVICES, OUT_PORTS)).flatMap(s -> s));
        return allOf(layout.drivingAdapters().stream().map(adapter -> noClasses()
                .that().resideInAPackage(andBelow(adapter)).and().resideOutsideOfPackage(andBelow(wiringOf(adapter)))
                .should().dependOnClassesThat(resideInAnyPackage(assembly))
                .orShould().dependOnClassesThat().haveFullyQualifiedName(LEDGER_FACADE)
                .because("controllers and views use the core's in-ports and domain types; only the "
                        + "composition root knows which store and hasher are plugged in")));
    }

    ArchRule nothingDependsOnAHarness() {
        String[] harnesses = packagesBelow(layout.harnesses().stream());
        return noClasses().that().resideOutsideOfPackages(harnesses)
                .should().dependOnClassesThat().resideInAnyPackage(harnesses)
                .because("benchmarks and diagram renderers ship in no application");
    }

    ArchRule clientsUseNoOtherBankcorePackage() {
        String[] clients = packagesBelow(layout.clients().stream());
        return noClasses().that().resideInAnyPackage(clients)
                .should().dependOnClassesThat(resideInAPackage(andBelow(HexagonalLayout.BASE))
                        .and(DescribedPredicate.not(resideInAnyPackage(clients))))
                .because("a client knows the bank only through the API's HTTP contract, so it works against "
                        + "any server that keeps the contract");
    }

    /**
     * Package by package. One edge is not counted: a launcher (a class with {@code main}) calling its own
     * adapter's composition root. The wiring builds the adapter's classes, so the launcher that starts it
     * closes a loop by necessity wherever it lives outside the wiring package (the dashboard's
     * {@code DashboardMain} does, because scripts name it). A launcher calling another adapter's wiring is
     * still refused, by the driving isolation rule. Edges inside a client are not counted either: its
     * packages are laid out by the OpenAPI generator, not by us.
     */
    ArchRule noCyclesBetweenPackages() {
        DescribedPredicate<JavaClass> launcher = DescribedPredicate.describe("a launcher", javaClass ->
                javaClass.getMethods().stream().anyMatch(method -> method.getName().equals("main")
                        && method.getModifiers().contains(JavaModifier.STATIC)));
        DescribedPredicate<JavaClass> itsWiring = DescribedPredicate.describe("a composition root", javaClass ->
                layout.drivingAdapters().stream().anyMatch(adapter -> javaClass.getPackageName().equals(wiringOf(adapter))));
        DescribedPredicate<JavaClass> inAClient = resideInAnyPackage(packagesBelow(layout.clients().stream()));
        return slices().matching(HexagonalLayout.BASE + ".(**)")
                .should().beFreeOfCycles()
                .ignoreDependency(launcher, itsWiring)
                .ignoreDependency(inAClient, inAClient)
                .because("a cycle makes two packages one, whatever their names say");
    }

    /** No class of each adapter depends on any of {@code others} but itself. */
    private static ArchRule eachStaysOutOf(Set<String> adapters, Set<String> others, String because) {
        return allOf(adapters.stream().map(adapter -> noClasses()
                .that().resideInAPackage(andBelow(adapter))
                .should().dependOnClassesThat().resideInAnyPackage(packagesBelow(
                        others.stream().filter(other -> !other.equals(adapter))))
                .because(because)));
    }

    private static String[] packagesBelow(Stream<String> packages) {
        return packages.map(HexagonalLayout::andBelow).toArray(String[]::new);
    }

    private static ArchRule allOf(Stream<ArchRule> rules) {
        List<ArchRule> list = rules.toList();
        if (list.isEmpty()) {
            throw new IllegalStateException("no adapter of this kind was found, so the rule would check nothing");
        }
        CompositeArchRule composite = CompositeArchRule.of(list.get(0));
        for (ArchRule next : list.subList(1, list.size())) {
            composite = composite.and(next);
        }
        return composite;
    }
}

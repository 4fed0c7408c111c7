package bankcore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of DESIGN.md §1, over the production classes of every module. Each package
 * a rule names is checked to exist, so a renamed package cannot make a rule pass by matching nothing.
 */
class HexagonalArchitectureTest {
    static final String CORE = "bankcore.core..";
    static final String DOMAIN = "bankcore.core.domain..";
    static final String PORTS = "bankcore.core.port..";
    static final String IN_PORTS = "bankcore.core.port.in..";
    static final String OUT_PORTS = "bankcore.core.port.out..";
    static final String SERVICES = "bankcore.core.service..";
    static final String SQLITE = "bankcore.persistence.sqlite..";
    static final String BCRYPT = "bankcore.security.bcrypt..";
    static final String API = "bankcore.api..";
    static final String DASHBOARD = "bankcore.dashboard..";
    static final String SEEDER = "bankcore.seeder..";

    /** Driven (secondary) adapters implement out-ports. */
    static final List<String> DRIVEN = List.of(SQLITE, BCRYPT);
    /** Driving (primary) adapters call in-ports; each has one composition root, its {@code wiring} package. */
    static final List<String> DRIVING = List.of(API, DASHBOARD, SEEDER);

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bankcore");
    }

    @Test
    void every_package_a_rule_names_has_classes() {
        List<String> named = Stream.concat(Stream.of(CORE, DOMAIN, PORTS, IN_PORTS, OUT_PORTS, SERVICES),
                Stream.concat(DRIVEN.stream(), DRIVING.stream().flatMap(p -> Stream.of(p, wiringOf(p))))).toList();
        for (String pkg : named) {
            String prefix = pkg.substring(0, pkg.length() - 2);
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(prefix)))
                    .as("package %s holds production classes", prefix).isTrue();
        }
    }

    @Test
    void the_core_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..")
                .because("the core is a library any JVM application can embed without a framework")
                .check(production);
    }

    @Test
    void domain_classes_know_nothing_of_ports_services_or_adapters() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .because("the domain is rules and values; how they are stored or called is someone else's job")
                .check(production);
    }

    @Test
    void ports_do_not_reach_into_services() {
        noClasses().that().resideInAPackage(PORTS)
                .should().dependOnClassesThat().resideInAPackage(SERVICES)
                .because("ports are the contract; the services are one implementation of it")
                .check(production);
    }

    @Test
    void driven_adapters_never_depend_on_one_another_nor_on_any_driving_adapter() {
        for (String adapter : DRIVEN) {
            List<String> others = Stream.concat(DRIVEN.stream(), DRIVING.stream())
                    .filter(other -> !other.equals(adapter)).toList();
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("adapters meet only in the core's ports")
                    .check(production);
        }
    }

    @Test
    void driven_adapters_use_the_core_through_its_ports_and_domain_not_its_services() {
        noClasses().that().resideInAnyPackage(DRIVEN.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(SERVICES)
                .because("a store or a hasher implements out-ports; it has no business calling use cases")
                .check(production);
    }

    @Test
    void driving_adapters_never_depend_on_one_another() {
        for (String adapter : DRIVING) {
            List<String> others = DRIVING.stream().filter(other -> !other.equals(adapter)).toList();
            if (!others.isEmpty()) {
                noClasses().that().resideInAPackage(adapter)
                        .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                        .because("the API, the dashboard and the seeder share only the core")
                        .check(production);
            }
        }
    }

    @Test
    void driving_adapters_reach_driven_adapters_and_the_assembled_core_only_in_their_wiring() {
        for (String adapter : DRIVING) {
            noClasses().that().resideInAPackage(adapter).and().resideOutsideOfPackage(wiringOf(adapter))
                    .should().dependOnClassesThat(resideInAnyPackage(Stream.concat(DRIVEN.stream(),
                            Stream.of(SERVICES, OUT_PORTS)).toArray(String[]::new)))
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("bankcore.core.Ledger")
                    .because("controllers and views use the core's in-ports and domain types; only the "
                            + "composition root knows which store and hasher are plugged in")
                    .check(production);
        }
    }

    private static String wiringOf(String adapter) {
        return adapter.substring(0, adapter.length() - 2) + ".wiring..";
    }
}

package bankcore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    static final String SERVICES = "bankcore.core.service..";
    static final String SQLITE = "bankcore.persistence.sqlite..";
    static final String BCRYPT = "bankcore.security.bcrypt..";

    /** Every adapter module's base package; none may see another, except a composition root wiring driven adapters. */
    static final List<String> ADAPTERS = List.of(SQLITE, BCRYPT);

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bankcore");
    }

    @Test
    void every_package_a_rule_names_has_classes() {
        for (String pkg : List.of(CORE, DOMAIN, PORTS, SERVICES, SQLITE, BCRYPT)) {
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
    void adapters_never_depend_on_one_another() {
        for (String adapter : ADAPTERS) {
            List<String> others = ADAPTERS.stream().filter(other -> !other.equals(adapter)).toList();
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("adapters meet only in the core's ports")
                    .check(production);
        }
    }

    @Test
    void driven_adapters_use_the_core_through_its_ports_and_domain_not_its_services() {
        ArchRule rule = noClasses().that().resideInAnyPackage(SQLITE, BCRYPT)
                .should().dependOnClassesThat().resideInAPackage(SERVICES)
                .because("a store or a hasher implements out-ports; it has no business calling use cases");
        rule.check(production);
    }
}

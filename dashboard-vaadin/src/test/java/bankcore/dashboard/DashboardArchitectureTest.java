package bankcore.dashboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard reads the ledger through the core's in-ports; only its composition root knows the adapters. */
class DashboardArchitectureTest {

    private static JavaClasses dashboard;
    private static JavaClasses everything;

    @BeforeAll
    static void importClasses() {
        everything = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bankcore");
        dashboard = everything.that(resideInAPackage("bankcore.dashboard.."));
    }

    @Test
    void only_the_wiring_knows_the_store_and_the_password_hasher() {
        ArchRule rule = noClasses().that().resideInAPackage("bankcore.dashboard..")
                .and().resideOutsideOfPackage("bankcore.dashboard.wiring..")
                .should().dependOnClassesThat().resideInAnyPackage("bankcore.persistence..", "bankcore.security..");
        rule.check(dashboard);
    }

    @Test
    void the_dashboard_uses_the_core_only_through_its_in_ports_and_domain() {
        ArchRule rule = noClasses().that().resideInAPackage("bankcore.dashboard..")
                .and().resideOutsideOfPackage("bankcore.dashboard.wiring..")
                .should().dependOnClassesThat().resideInAnyPackage("bankcore.core.service..", "bankcore.core.port.out..");
        rule.check(dashboard);
    }

    /** A rule about a package that does not exist checks nothing: make sure each one named above has classes. */
    @ParameterizedTest
    @ValueSource(strings = {"bankcore.dashboard.wiring", "bankcore.dashboard.ui", "bankcore.persistence.sqlite",
        "bankcore.security.bcrypt", "bankcore.core.service", "bankcore.core.port.out", "bankcore.core.port.in"})
    void every_package_named_by_a_rule_has_classes(String name) {
        assertThat(everything.stream().filter(c -> c.getPackageName().equals(name))).isNotEmpty();
    }
}

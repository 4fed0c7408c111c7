package bankcore.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that no violation has ever failed is a hope. The planted violations live in this module's test
 * sources (classes named {@code Planted*}, placed in the packages they offend). Each rule runs over the
 * production classes plus the planted classes meant for it, and must report each of them and nothing else.
 */
class PlantedViolationsTest {
    private static final String PLANTED = "Planted";
    private static JavaClasses productionAndEveryPlanted;

    @BeforeAll
    static void importProductionAndEveryPlantedClass() {
        ImportOption productionOrPlanted = location ->
                ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) || location.contains("/" + PLANTED);
        productionAndEveryPlanted = new ClassFileImporter().withImportOption(productionOrPlanted)
                .importPackages(HexagonalLayout.BASE);
    }

    @Test
    void a_new_module_is_found_by_its_package_alone() {
        HexagonalLayout layout = HexagonalLayout.of(productionPlus("PlantedStoreUsingHasher", "PlantedCliCallingSeeder"));
        assertThat(layout.drivenAdapters()).contains("bankcore.persistence.planted", "bankcore.persistence.sqlite");
        assertThat(layout.drivingAdapters()).contains("bankcore.plantedcli", "bankcore.api");
        assertThat(layout.harnesses()).containsExactly("bankcore.benchmarks", "bankcore.docs");
        assertThat(layout.clients()).containsExactly("bankcore.client");
        assertThat(layout.storeSelectors()).containsExactly("bankcore.persistence.select");
        assertThat(layout.drivenAdapters()).doesNotContain("bankcore.persistence.select");
    }

    @Test
    void the_core_rule_reports_a_core_class_using_a_store() {
        assertReports(HexagonalRules::coreDependsOnNothingButTheJdk, "bankcore.core.PlantedCoreUsingSqlite");
    }

    @Test
    void the_domain_rule_reports_a_domain_class_holding_an_out_port() {
        assertReports(HexagonalRules::domainKnowsNothingOfPortsServicesOrAdapters,
                "bankcore.core.domain.PlantedDomainUsingOutPort");
    }

    @Test
    void the_ports_rule_reports_a_port_naming_a_service() {
        assertReports(HexagonalRules::portsDoNotReachIntoServices, "bankcore.core.port.out.PlantedOutPortUsingService");
    }

    @Test
    void the_in_port_rule_reports_an_in_port_returning_the_store() {
        assertReports(HexagonalRules::inPortsNeverDependOnOutPorts, "bankcore.core.port.in.PlantedInPortReturningStore");
    }

    @Test
    void the_driven_isolation_rule_reports_a_new_store_using_the_hasher_or_the_store_selector() {
        assertReports(HexagonalRules::drivenAdaptersNeverDependOnAnotherAdapter,
                "bankcore.persistence.planted.PlantedStoreUsingHasher",
                "bankcore.persistence.planted.PlantedStoreUsingTheSelector");
    }

    @Test
    void the_selector_rule_reports_a_selector_that_hashes_passwords() {
        assertReports(HexagonalRules::storeSelectorsOnlyOpenStores,
                "bankcore.persistence.select.PlantedSelectorUsingTheHasher");
    }

    @Test
    void the_selector_use_rule_reports_a_command_that_picks_the_store_outside_the_composition_root() {
        assertReports(HexagonalRules::storeSelectorsAreUsedOnlyByCompositionRoots,
                "bankcore.plantedcli.PlantedCliSelectingTheStore");
    }

    @Test
    void the_driven_rule_reports_a_store_calling_an_in_port_or_holding_the_ledger() {
        assertReports(HexagonalRules::drivenAdaptersNeverUseInPortsServicesOrTheLedgerFacade,
                "bankcore.persistence.sqlite.PlantedSqliteCallingTransferMoney",
                "bankcore.persistence.sqlite.PlantedSqliteHoldingLedger");
    }

    @Test
    void the_driving_isolation_rule_reports_a_new_adapter_calling_the_seeder() {
        assertReports(HexagonalRules::drivingAdaptersNeverDependOnOneAnother, "bankcore.plantedcli.PlantedCliCallingSeeder");
    }

    @Test
    void the_wiring_rule_reports_a_store_picked_outside_the_composition_root_and_not_inside_it() {
        JavaClasses classes = productionPlus("PlantedCliOpeningSqlite", "PlantedCliWiring");
        List<String> violations = violations(HexagonalRules::drivingAdaptersReachTheAssembledCoreOnlyInTheirWiring, classes);
        assertThat(violations).isNotEmpty()
                .allMatch(line -> line.contains("bankcore.plantedcli.PlantedCliOpeningSqlite."))
                .noneMatch(line -> line.contains("PlantedCliWiring"));
    }

    @Test
    void the_harness_rule_reports_an_application_using_a_benchmark() {
        assertReports(HexagonalRules::nothingDependsOnAHarness, "bankcore.plantedcli.PlantedCliUsingBenchmark");
    }

    @Test
    void the_client_rule_reports_a_client_using_the_core() {
        assertReports(HexagonalRules::clientsUseNoOtherBankcorePackage, "bankcore.client.PlantedClientUsingMoney");
    }

    @Test
    void the_cycle_rule_reports_two_packages_that_use_each_other() {
        assertReports(HexagonalRules::noCyclesBetweenPackages,
                "bankcore.plantedcli.left.PlantedLeft", "bankcore.plantedcli.right.PlantedRight");
    }

    /** The rule, over production plus these planted classes, names each of them and reports nothing else. */
    private static void assertReports(Function<HexagonalRules, ArchRule> rule, String... plantedClasses) {
        String[] simpleNames = Arrays.stream(plantedClasses).map(name -> name.substring(name.lastIndexOf('.') + 1))
                .toArray(String[]::new);
        List<String> violations = violations(rule, productionPlus(simpleNames));
        assertThat(violations).as("violations").isNotEmpty();
        for (String planted : plantedClasses) {
            assertThat(violations).as("violations naming %s", planted).anyMatch(line -> line.contains(planted + "."));
        }
        assertThat(violations).as("violations, each of a planted class")
                .allMatch(line -> Arrays.stream(plantedClasses).anyMatch(planted -> line.contains(planted + ".")));
    }

    private static List<String> violations(Function<HexagonalRules, ArchRule> rule, JavaClasses classes) {
        return rule.apply(new HexagonalRules(HexagonalLayout.of(classes))).evaluate(classes).getFailureReport().getDetails();
    }

    /** The production classes and the named planted classes (simple names), out of one import of them all. */
    private static JavaClasses productionPlus(String... plantedSimpleNames) {
        List<String> named = List.of(plantedSimpleNames);
        return productionAndEveryPlanted.that(DescribedPredicate.describe("production or " + named, javaClass ->
                !javaClass.getSimpleName().startsWith(PLANTED) || named.contains(javaClass.getSimpleName())));
    }
}

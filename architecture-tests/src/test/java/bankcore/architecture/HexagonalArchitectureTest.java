package bankcore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static bankcore.architecture.HexagonalLayout.CORE;
import static bankcore.architecture.HexagonalLayout.DOMAIN;
import static bankcore.architecture.HexagonalLayout.IN_PORTS;
import static bankcore.architecture.HexagonalLayout.LEDGER_FACADE;
import static bankcore.architecture.HexagonalLayout.OUT_PORTS;
import static bankcore.architecture.HexagonalLayout.SERVICES;
import static bankcore.architecture.HexagonalLayout.wiringOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of docs/architecture.md §1 Shape, over the production classes of every module.
 * Each package a rule names is checked to hold classes, and every module of the build to be imported,
 * so neither a renamed package nor a module missing from this module's pom can make a rule pass by
 * matching nothing. {@link PlantedViolationsTest} shows that each rule fails when it should.
 */
class HexagonalArchitectureTest {
    private static JavaClasses production;
    private static HexagonalLayout layout;
    private static HexagonalRules rules;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(HexagonalLayout.BASE);
        layout = HexagonalLayout.of(production);
        rules = new HexagonalRules(layout);
    }

    @Test
    void every_module_of_the_build_is_imported() {
        for (String packageName : sourcePackagesOfEveryModule()) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().equals(packageName)))
                    .as("classes of %s are imported: is its module a dependency of architecture-tests?", packageName)
                    .isTrue();
        }
    }

    @Test
    void every_package_a_rule_names_has_classes() {
        Stream<String> named = Stream.of(Stream.of(CORE, DOMAIN, IN_PORTS, OUT_PORTS, SERVICES),
                layout.drivenAdapters().stream(), layout.harnesses().stream(), layout.clients().stream(),
                layout.storeSelectors().stream(),
                layout.drivingAdapters().stream().flatMap(p -> Stream.of(p, wiringOf(p)))).flatMap(s -> s);
        named.forEach(pkg -> assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                .as("package %s holds production classes", pkg).isTrue());
        assertThat(production.contain(LEDGER_FACADE)).as("the facade %s exists", LEDGER_FACADE).isTrue();
        assertThat(layout.drivenAdapters()).as("driven adapters found").isNotEmpty();
        assertThat(layout.drivingAdapters()).as("driving adapters found").isNotEmpty();
        assertThat(layout.storeSelectors()).as("store selectors found").containsExactly(HexagonalLayout.STORE_SELECTOR);
    }

    @Test
    void the_core_depends_on_nothing_but_the_jdk() {
        rules.coreDependsOnNothingButTheJdk().check(production);
    }

    @Test
    void domain_classes_know_nothing_of_ports_services_or_adapters() {
        rules.domainKnowsNothingOfPortsServicesOrAdapters().check(production);
    }

    @Test
    void ports_do_not_reach_into_services() {
        rules.portsDoNotReachIntoServices().check(production);
    }

    @Test
    void in_ports_never_depend_on_out_ports() {
        rules.inPortsNeverDependOnOutPorts().check(production);
    }

    @Test
    void driven_adapters_never_depend_on_another_adapter() {
        rules.drivenAdaptersNeverDependOnAnotherAdapter().check(production);
    }

    @Test
    void store_selectors_only_open_stores() {
        rules.storeSelectorsOnlyOpenStores().check(production);
    }

    @Test
    void store_selectors_are_used_only_by_composition_roots() {
        rules.storeSelectorsAreUsedOnlyByCompositionRoots().check(production);
    }

    @Test
    void driven_adapters_never_use_in_ports_services_or_the_ledger_facade() {
        rules.drivenAdaptersNeverUseInPortsServicesOrTheLedgerFacade().check(production);
    }

    @Test
    void driving_adapters_never_depend_on_one_another() {
        rules.drivingAdaptersNeverDependOnOneAnother().check(production);
    }

    @Test
    void driving_adapters_reach_driven_adapters_and_the_assembled_core_only_in_their_wiring() {
        rules.drivingAdaptersReachTheAssembledCoreOnlyInTheirWiring().check(production);
    }

    @Test
    void nothing_depends_on_a_harness() {
        rules.nothingDependsOnAHarness().check(production);
    }

    @Test
    void clients_use_no_other_bankcore_package() {
        rules.clientsUseNoOtherBankcorePackage().check(production);
    }

    @Test
    void no_cycles_between_packages() {
        rules.noCyclesBetweenPackages().check(production);
    }

    /** Every package with main sources in a sibling module of this one (tests run in the module's directory). */
    private static List<String> sourcePackagesOfEveryModule() {
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            List<Path> sourceRoots = modules.map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory).toList();
            assertThat(sourceRoots).as("module source roots beside architecture-tests").isNotEmpty();
            return sourceRoots.stream().flatMap(HexagonalArchitectureTest::packagesUnder).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> packagesUnder(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .map(f -> sourceRoot.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

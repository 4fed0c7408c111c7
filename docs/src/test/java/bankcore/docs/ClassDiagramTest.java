package bankcore.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bankcore.docs.ClassDiagramDeclarations.DrawnType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the class diagrams true to the code: every type they draw must exist in core (which is on
 * this module's test classpath) in the package it is drawn in, with every member they list.
 */
class ClassDiagramTest {

    /** The class diagrams: the domain's values, and the ports with the services between them. */
    private static final List<Path> DIAGRAMS = Stream.of("domain-classes.puml", "ports.puml")
            .map(Docs.LAYOUT.diagrams()::resolve).toList();

    static List<DrawnType> drawnTypes() {
        return DIAGRAMS.stream().flatMap(diagram -> {
            try {
                return ClassDiagramDeclarations.of(Files.readString(diagram)).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void diagram_draws_the_domain_and_both_kinds_of_port() {
        Set<String> packages = drawnTypes().stream()
                .map(type -> type.binaryName().substring(0, type.binaryName().lastIndexOf('.')))
                .collect(Collectors.toSet());
        assertThat(packages).contains("bankcore.core.domain", "bankcore.core.port.in", "bankcore.core.port.out",
                "bankcore.core.service");
        assertThat(drawnTypes()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawnTypes")
    void drawn_type_exists_in_core_with_every_member_drawn(DrawnType drawn) {
        assertExists(drawn);
    }

    @Test
    void the_check_reports_a_type_or_member_that_does_not_exist() {
        List<DrawnType> types = ClassDiagramDeclarations.of("""
                @startuml
                package java.util {
                  class ArrayList {
                    + size() : int
                  }
                  class "Map.Entry" as MapEntry {
                    getKey()
                  }
                  class NoSuchList
                  class HashMap {
                    noSuchMethod()
                  }
                }
                @enduml
                """);

        assertThat(types).extracting(DrawnType::binaryName)
                .containsExactly("java.util.ArrayList", "java.util.Map$Entry", "java.util.NoSuchList", "java.util.HashMap");
        assertExists(types.get(0));
        assertExists(types.get(1));
        assertThatThrownBy(() -> assertExists(types.get(2))).hasMessageContaining("java.util.NoSuchList");
        assertThatThrownBy(() -> assertExists(types.get(3))).hasMessageContaining("noSuchMethod");
    }

    private static void assertExists(DrawnType drawn) {
        Class<?> type;
        try {
            type = Class.forName(drawn.binaryName(), false, ClassDiagramTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the class diagram draws " + drawn.binaryName() + ", which does not exist", e);
        }
        Set<String> members = memberNames(type);
        for (String member : drawn.members()) {
            assertThat(members).as("members of " + drawn.binaryName() + " (the diagram lists " + member + ")")
                    .contains(member);
        }
    }

    /** Fields (enum constants included), record components and methods, declared or inherited. */
    private static Set<String> memberNames(Class<?> type) {
        Stream<String> fields = Stream.of(type.getDeclaredFields()).map(Field::getName);
        Stream<String> methods = Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getMethods()))
                .map(Method::getName);
        Stream<String> components = type.isRecord()
                ? Stream.of(type.getRecordComponents()).map(RecordComponent::getName)
                : Stream.empty();
        return Stream.of(fields, methods, components).flatMap(s -> s).collect(Collectors.toSet());
    }
}

package dev.plumbline.simulate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator core is pure: files, JSON and the wire codec belong to the writer edge only. */
class ArchitectureTest {
    /** The writer edge, nested classes included. */
    private static final String EDGE =
            "dev\\.plumbline\\.simulate\\.(SimulationWriter|GroundTruthJson|PipelinedLines|SimulationBenchmark)(\\$.*)?";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plumbline.simulate");
    }

    @Test
    void onlyTheWriterEdgeTouchesFilesJsonOrTheWireCodec() {
        noClasses().that().resideInAPackage("dev.plumbline.simulate").and().haveNameNotMatching(EDGE)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "com.fasterxml..", "dev.plumbline.wire..")
                .check(classes);
    }

    @Test
    void theCoreReadsNoClockAndNoSharedRandomSource() {
        noClasses().that().resideInAPackage("dev.plumbline.simulate").and().doNotHaveSimpleName("SimulationBenchmark")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .check(classes);
    }
}

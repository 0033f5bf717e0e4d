package dev.plumbline.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The redaction stage is pure: no files, network, databases or clocks, and nothing but the model and the JDK. */
class PurityTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.plumbline.privacy");

    @Test
    void privacyDependsOnlyOnTheModelAndTheJdkWithoutIo() {
        noClasses().that().resideInAPackage("dev.plumbline.privacy")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..",
                        "java.time..")
                .orShould().dependOnClassesThat().resideOutsideOfPackages("dev.plumbline.privacy", "dev.plumbline.model", "java..")
                .check(classes);
    }
}

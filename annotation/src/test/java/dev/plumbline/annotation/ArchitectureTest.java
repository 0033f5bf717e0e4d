package dev.plumbline.annotation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.plumbline.annotation");

    @Test
    void theAnnotationCoreDoesNoInputOrOutputOfItsOwn() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                "java.sql..", "com.fasterxml..", "dev.plumbline.store..")
                .because("policies and metrics are pure functions over plain inputs")
                .check(MAIN);
    }
}

package dev.plumbline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries the build enforces beyond Maven's dependency graph: the vocabulary depends on
 * nothing, capabilities reach effects only through ports, and Jackson stays at the edges.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.plumbline");
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("dev.plumbline.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.plumbline.model..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheEdgesUseJackson() {
        noClasses().that().resideInAnyPackage("dev.plumbline.model..", "dev.plumbline.store..", "dev.plumbline.ingest..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void noCapabilityReachesIntoTheServerOrTheCli() {
        noClasses().that().resideOutsideOfPackages("dev.plumbline.server..", "dev.plumbline.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.plumbline.server..", "dev.plumbline.cli..")
                .check(classes);
    }

    @Test
    void theIngestPathDoesNotKnowTheDatabaseAdapters() {
        noClasses().that().resideInAPackage("dev.plumbline.ingest..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("DuckDb")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Postgres")
                .check(classes);
    }
}

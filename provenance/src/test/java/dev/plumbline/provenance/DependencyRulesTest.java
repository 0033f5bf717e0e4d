package dev.plumbline.provenance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DependencyRulesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.plumbline.provenance");

    @Test
    void onlyTheRenderingAndFileReadingClassesUseJackson() {
        noClasses().that().doNotHaveSimpleName("ProvenanceJson").and().doNotHaveSimpleName("EvalSetJson")
                .and().doNotHaveSimpleName("EvalItemFiles").and().doNotHaveSimpleName("DerivedFactJson").and().doNotHaveSimpleName("OverlapBenchmarkResult")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(CORE);
    }

    @Test
    void onlyTheMiniLmEmbedderUsesTheEmbeddingLibrary() {
        noClasses().that().doNotHaveSimpleName("MiniLmEmbedder")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..").check(CORE);
    }

    @Test
    void theCoreReadsNoFilesExceptThroughTheFileReader() {
        noClasses().that().doNotHaveSimpleName("EvalItemFiles")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files").check(CORE);
    }
}

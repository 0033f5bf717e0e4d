package dev.plumbline.monitors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The monitors are a pure core: the model, maths and (at two edges) Jackson, nothing else. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.plumbline.monitors");

    @Test
    void dependsOnlyOnTheJdkTheModelCommonsMathAndJackson() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.plumbline.monitors..",
                "dev.plumbline.model..", "org.apache.commons.math3..", "com.fasterxml.jackson..").check(CLASSES);
    }

    @Test
    void onlyTheCorpusReaderAndTheJsonRenderingUseJackson() {
        noClasses().that().doNotHaveSimpleName("CorpusFiles").and().doNotHaveSimpleName("ReportJson")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(CLASSES);
    }
}

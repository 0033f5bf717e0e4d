package dev.plumbline.judging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.plumbline.judging");
    private static final String RENDERER = ".*\\.(ReportJson|TemplateJson)(\\$.*)?";

    @Test
    void onlyTheJsonRendererTouchesJackson() {
        noClasses().that().haveNameNotMatching(RENDERER)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .check(MAIN);
    }

    @Test
    void theAuditsDoNoInputOrOutputOfTheirOwn() {
        noClasses().that().haveNameNotMatching(RENDERER)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..")
                .because("the audits and judge runs are pure functions over records and ports; files come in through the caller")
                .check(MAIN);
    }
}

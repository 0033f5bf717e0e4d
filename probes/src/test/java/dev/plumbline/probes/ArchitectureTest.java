package dev.plumbline.probes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The probes reach models only through the ChatModel port, never through HTTP or a concrete client. */
class ArchitectureTest {
    private static final JavaClasses PROBES = importMainClasses();

    private static JavaClasses importMainClasses() {
        try {
            // The module's own output directory only: scanning the whole classpath is slow and adds nothing.
            Path classes = Path.of(SycophancyProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void probesUseTheChatModelPortOnly() {
        noClasses().should().dependOnClassesThat().haveSimpleNameStartingWith("OpenAi")
                .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(PROBES);
    }
}

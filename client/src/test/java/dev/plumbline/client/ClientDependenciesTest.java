package dev.plumbline.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The SDK goes into production apps: it may use the JDK and nothing else, Plumbline modules included. */
class ClientDependenciesTest {
    @Test
    void theClientDependsOnTheJdkOnly() throws Exception {
        Path mainClasses = Path.of(PlumblineClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaClasses client = new ClassFileImporter().importPath(mainClasses);
        assertThat(client.contain(PlumblineClient.class)).isTrue();
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.plumbline.client", "java..")
                .check(client);
    }
}

package org.finops.certification.query.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side is an outside subscriber: it knows the command side only through the topic and shared-events. */
class BoundariesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.finops.certification.query");

    @Test
    void theQuerySideNeverUsesTheCommandSideOrAxon() {
        noClasses().that().resideInAPackage("org.finops.certification.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.finops.certification.command..",
                        "org.axonframework..")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotDependOnTheWebLayerOfOtherViews() {
        noClasses().that().resideInAnyPackage("..query.consumer..", "..query.views..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..")
                .check(CLASSES);
    }
}

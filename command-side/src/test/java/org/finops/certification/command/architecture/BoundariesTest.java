package org.finops.certification.command.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module and package boundaries of STYLE.md, kept true by the build. */
class BoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.finops.certification");
    }

    @Test
    void theDomainKnowsNoSpringAndNoAdapters() {
        noClasses().that().resideInAnyPackage("..command.member..", "..command.policy..", "..command.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..command.web..",
                        "..command.infrastructure..", "..command.publication..", "..support..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void thePublishedEventsDependOnNoFramework() {
        noClasses().that().resideInAnyPackage("org.finops.certification.events..", "org.finops.certification.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "jakarta.persistence..", "org.finops.certification.command..",
                        "org.finops.certification.query..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverUsesTheQuerySide() {
        noClasses().that().resideInAPackage("org.finops.certification.command..")
                .should().dependOnClassesThat().resideInAPackage("org.finops.certification.query..")
                .check(classes);
    }
}

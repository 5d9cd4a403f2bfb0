package nl.naober.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.naober.web.StaffScreen;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 18: {@link ScreenErrorAdvice} answers the controllers marked {@link StaffScreen}; a screen controller without
 * the marker would show staff the REST API's JSON on an error, so every page controller carries it, apart from the
 * few that serve people without a staff login and answer their errors themselves.
 */
class StaffScreensAreMarkedTest {

    private static final JavaClasses NAOBER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.naober");

    @Test
    void everyPageControllerForStaffCarriesTheMarker() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .and()
                .areNotMetaAnnotatedWith(RestController.class)
                .and()
                .areNotAnnotatedWith(ControllerAdvice.class)
                // the public registration pages (their own advice) and Spring's /error, which answers every error
                .and()
                .doNotHaveFullyQualifiedName("nl.naober.registration.web.RegistrationPages")
                .and()
                .doNotHaveFullyQualifiedName("nl.naober.registration.web.AddressConfirmationPages")
                .and()
                .doNotHaveFullyQualifiedName("nl.naober.shell.ErrorResponses")
                .should()
                .beAnnotatedWith(StaffScreen.class)
                .because("ScreenErrorAdvice gives staff screens the Dutch error page by this marker")
                .check(NAOBER);
    }
}

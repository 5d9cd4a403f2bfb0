package nl.naober.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.naober.NaoberApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of DESIGN.md, checked on every build; each rule says why it exists. */
class ModularityTest {

    static final JavaClasses NAOBER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.naober");

    @Test
    void modulesOnlyUseEachOthersPublishedInterfacesAndHaveNoCycles() {
        // core, admin and api are Spring Modulith modules; a feature package another module may use is a
        // @NamedInterface, everything else is internal.
        ApplicationModules.of(NaoberApplication.class).verify();
    }

    @Test
    void dependenciesPointOneWayFromApiToAdminToCore() {
        // platform-core is the base every municipality's data stands on; it must not know the catalog or the web.
        noClasses()
                .that()
                .resideInAPackage("nl.naober.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("nl.naober.admin..", "nl.naober.api..")
                .check(NAOBER);
        // The catalog is used by the web layer, never the other way round.
        noClasses()
                .that()
                .resideInAPackage("nl.naober.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.naober.api..")
                .check(NAOBER);
    }

    @Test
    void tenantEntitiesNeverNameASchema() {
        // A tenant entity's schema comes from the tenant context; a fixed schema would bypass isolation.
        classes()
                .that()
                .resideInAPackage("nl.naober.core..")
                .and()
                .areAnnotatedWith(Entity.class)
                .should(notNameASchema())
                .check(NAOBER);
    }

    @Test
    void catalogEntitiesAlwaysNameTheirSchema() {
        // Catalog tables live in "platform" whatever schema a pooled connection happens to have.
        classes()
                .that()
                .resideInAPackage("nl.naober.admin..")
                .and()
                .areAnnotatedWith(Entity.class)
                .should(nameSchema("platform"))
                .check(NAOBER);
    }

    @Test
    void controllersSpeakDtosAndUseServices() {
        // Entities never leave their module, and a controller never reaches past a service into a repository.
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(NAOBER);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        // Final fields set in the constructor make a class's needs visible and testable.
        fields().should().notBeAnnotatedWith(Autowired.class).check(NAOBER);
    }

    private static ArchCondition<JavaClass> notNameASchema() {
        return haveTableSchema("", "not name a schema in @Table");
    }

    private static ArchCondition<JavaClass> nameSchema(String expected) {
        return haveTableSchema(expected, "name schema " + expected + " in @Table");
    }

    private static ArchCondition<JavaClass> haveTableSchema(String expected, String description) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String schema = entity.tryGetAnnotationOfType(Table.class)
                        .map(Table::schema)
                        .orElse("");
                events.add(new SimpleConditionEvent(
                        entity, expected.equals(schema), entity.getName() + " has schema '" + schema + "'"));
            }
        };
    }
}

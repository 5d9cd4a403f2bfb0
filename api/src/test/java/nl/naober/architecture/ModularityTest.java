package nl.naober.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.naober.NaoberApplication;
import nl.naober.catalog.CatalogPersistenceConfiguration;
import nl.naober.tenancy.TenantPersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of DESIGN.md, checked on every build; each rule says why it exists. */
class ModularityTest {

    static final JavaClasses NAOBER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.naober");

    static final ApplicationModules MODULES = ApplicationModules.of(NaoberApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicFaceAndHaveNoCycles() {
        // Each top-level package under nl.naober is a feature module; its top-level package is its public face, its
        // sub-packages are internal unless a @NamedInterface opens them, and no two features depend on each other.
        System.out.println("Naober has " + MODULES.stream().count() + " application modules");
        assertThat(MODULES.stream().count()).isGreaterThanOrEqualTo(30);
        MODULES.verify();
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        // A cycle between two packages makes them one unit in all but name: neither can be read or tested alone.
        slices().matching("nl.naober.(**)").should().beFreeOfCycles().check(NAOBER);
    }

    @Test
    void theModuleDocumentationIsWrittenByTheBuild() throws Exception {
        // docs/modules is what docs/architecture.md links to; written here, it cannot fall behind the code.
        Path folder = Path.of("..", "docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-family.puml")).exists();
    }

    @Test
    void dependenciesPointOneWayFromApiToAdminToCore() {
        // platform-core is the base every municipality's data stands on; it must not know the catalog or the web.
        noClasses()
                .that(comeFrom("platform-core"))
                .should()
                .dependOnClassesThat(comeFrom("tenant-admin").or(comeFrom("api")))
                .check(NAOBER);
        // The catalog is used by the web layer, never the other way round.
        noClasses()
                .that(comeFrom("tenant-admin"))
                .should()
                .dependOnClassesThat(comeFrom("api"))
                .check(NAOBER);
    }

    @Test
    void tenantEntitiesNeverNameASchema() {
        // A tenant entity's schema comes from the tenant context; a fixed schema would bypass isolation.
        classes()
                .that()
                .resideInAnyPackage(subpackages(TenantPersistenceConfiguration.PACKAGES))
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
                .resideInAnyPackage(subpackages(CatalogPersistenceConfiguration.PACKAGES))
                .and()
                .areAnnotatedWith(Entity.class)
                .should(nameSchema("platform"))
                .check(NAOBER);
    }

    @Test
    void everyEntityBelongsToExactlyOnePersistenceUnit() {
        // The two units scan by package; an entity outside both lists would silently not be mapped.
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAnyPackage(subpackages(TenantPersistenceConfiguration.PACKAGES))
                .orShould()
                .resideInAnyPackage(subpackages(CatalogPersistenceConfiguration.PACKAGES))
                .check(NAOBER);
        assertThat(TenantPersistenceConfiguration.PACKAGES)
                .doesNotContainAnyElementsOf(List.of(CatalogPersistenceConfiguration.PACKAGES));
        // An annotation cannot read the constant, so its copy of the list is checked here.
        assertThat(TenantPersistenceConfiguration.class
                        .getAnnotation(EnableJpaRepositories.class)
                        .basePackages())
                .containsExactly(TenantPersistenceConfiguration.PACKAGES);
        assertThat(CatalogPersistenceConfiguration.class
                        .getAnnotation(EnableJpaRepositories.class)
                        .basePackages())
                .containsExactly(CatalogPersistenceConfiguration.PACKAGES);
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

    private static String[] subpackages(String[] packages) {
        return Arrays.stream(packages).map(name -> name + "..").toArray(String[]::new);
    }

    /** Classes compiled from one Maven module, told apart by where their class file was read from. */
    static DescribedPredicate<JavaClass> comeFrom(String mavenModule) {
        return DescribedPredicate.describe(
                "come from " + mavenModule,
                type -> type.getSource()
                        .map(source -> source.getUri().toString().contains("/" + mavenModule + "/target/"))
                        .orElse(false));
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

package nl.naober.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;

/**
 * Turning a command's Bean Validation violations into a screen form's field errors is done in one place, so every
 * screen treats a half-bound field, the error order and a rule without a form field the same way.
 */
class OneFormValidationTest {

    @Test
    void onlyFormValidationPutsConstraintViolationsOnAForm() {
        Set<String> both = ModularityTest.NAOBER.stream()
                .filter(type -> dependsOn(type, ConstraintViolation.class) && dependsOn(type, BindingResult.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        assertThat(both).containsExactly("nl.naober.web.FormValidation");
    }

    private static boolean dependsOn(JavaClass type, Class<?> target) {
        return type.getDirectDependenciesFromSelf().stream()
                .map(Dependency::getTargetClass)
                .anyMatch(dependency -> dependency.isEquivalentTo(target));
    }
}

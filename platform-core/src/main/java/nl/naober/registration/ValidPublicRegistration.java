package nl.naober.registration;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of a public registration across fields; each violation names the field it belongs to. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicRegistrationRules.class)
public @interface ValidPublicRegistration {

    String message() default "{registration.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

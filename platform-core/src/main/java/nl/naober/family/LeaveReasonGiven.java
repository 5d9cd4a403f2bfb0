package nl.naober.family;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A status change that takes a family out of the programme names a reason that fits it; reported on the field
 * {@code reason}, so that the API answers 400 with a field error and a screen shows it at the choice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LeaveReasonGiven.Check.class)
public @interface LeaveReasonGiven {

    String message() default "{status.reason.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<LeaveReasonGiven, FamilyStatusChange> {

        @Override
        public boolean isValid(FamilyStatusChange change, ConstraintValidatorContext context) {
            if (change == null || !change.leaves()) {
                return true;
            }
            String message;
            if (change.reason() == null) {
                message = "{status.reason.required}";
            } else if (!change.reason().fits(change.target())) {
                message = "{status.reason.fits}";
            } else {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("reason")
                    .addConstraintViolation();
            return false;
        }
    }
}

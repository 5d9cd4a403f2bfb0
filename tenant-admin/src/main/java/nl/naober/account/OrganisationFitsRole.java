package nl.naober.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A coordinator needs a welfare organisation; a policy or privacy officer works for the municipality and must not
 * have one; reported on the field
 * {@code welfareOrganisationId}.
 */
@Documented
@Constraint(validatedBy = OrganisationFitsRole.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationFitsRole {

    String message() default "{user.welfareOrganisationId.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OrganisationFitsRole, NewMunicipalUser> {

        @Override
        public boolean isValid(NewMunicipalUser user, ConstraintValidatorContext context) {
            if (user == null || user.role() == null) {
                return true; // the role's own constraint speaks
            }
            String message;
            if (user.role() == MunicipalRole.COORDINATOR && user.welfareOrganisationId() == null) {
                message = "{user.welfareOrganisationId.required}";
            } else if (user.role() != MunicipalRole.COORDINATOR && user.welfareOrganisationId() != null) {
                message = "{user.welfareOrganisationId.forbidden}";
            } else {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("welfareOrganisationId")
                    .addConstraintViolation();
            return false;
        }
    }
}

package nl.naober.registration;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPublicRegistration}: every broken rule is reported on its own field, all at once. */
class PublicRegistrationRules implements ConstraintValidator<ValidPublicRegistration, NewPublicRegistration> {

    @Override
    public boolean isValid(NewPublicRegistration registration, ConstraintValidatorContext context) {
        if (registration == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (isBlank(registration.email()) && isBlank(registration.phone())) {
            valid = violation(context, "email", "{registration.contact.required}");
        }
        if (registration.kind() == RegistrationKind.FAMILY && registration.numberOfChildren() == null) {
            valid = violation(context, "numberOfChildren", "{registration.numberOfChildren.required}");
        }
        if (registration.kind() == RegistrationKind.SUPPORT_FAMILY && registration.capacity() == null) {
            valid = violation(context, "capacity", "{registration.capacity.required}");
        }
        if (!Boolean.TRUE.equals(registration.consent())) {
            valid = violation(context, "consent", "{registration.consent.required}");
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package nl.naober.web.number;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link java.math.BigDecimal} form field typed and shown in Dutch notation ("85.000,00"), read by {@link
 * DutchNumbers}. Text that is no such number is a {@code typeMismatch} (its message shows an example) and stays in
 * the field as typed. Only for screens: the REST API keeps JSON numbers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DutchAmount {

    /** Decimals shown, and given to a number typed with fewer: 2 for money, 1 for a percentage such as 12,5. */
    int decimals() default 2;
}

package nl.naober.casefile.screens;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a coordinator's screen that {@link CaseworkAdvice} serves: blank fields as absent values, the vocabulary and
 * today's date in the model, its own 404 and 403 pages. A marker, so a screen that lives with its feature (as "Mijn
 * werk" in {@code work.screens}) keeps them without this package naming it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CaseworkScreen {}

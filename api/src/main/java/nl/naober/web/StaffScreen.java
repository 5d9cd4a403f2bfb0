package nl.naober.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages staff work in (case work, administration, monitoring, privacy, imports, the start
 * page): what it does not answer itself becomes the Dutch error page in the user's layout ({@code
 * shell.ScreenErrorAdvice}), never the REST API's Problem Details. A marker rather than a list of packages, so a
 * screen keeps its error pages wherever its feature puts it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StaffScreen {}

package nl.naober.web.paging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The properties a paged list may be sorted on, besides those of its {@code @PageableDefault}: without this, a list
 * sorts only the way it does by default ({@link SortWhitelist}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

    String[] value();
}

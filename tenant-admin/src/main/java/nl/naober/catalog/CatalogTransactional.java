package nl.naober.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Transactional;

/** A transaction on the platform catalog; a plain {@code @Transactional} is one on tenant data. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(transactionManager = CatalogTransactional.TRANSACTION_MANAGER)
public @interface CatalogTransactional {

    String TRANSACTION_MANAGER = "catalogTransactionManager";

    @AliasFor(annotation = Transactional.class)
    boolean readOnly() default false;
}

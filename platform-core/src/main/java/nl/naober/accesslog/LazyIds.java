package nl.naober.accesslog;

import java.util.UUID;
import java.util.function.Function;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/** The id of a related entity without loading it: the log line of a child needs its family's id, not the family. */
public final class LazyIds {

    private LazyIds() {}

    public static <T> @Nullable UUID of(@Nullable T entity, Function<T, UUID> id) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return (UUID) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return id.apply(entity);
    }
}

package nl.naober.tenancy;

import javax.sql.DataSource;

/**
 * Connections as the owner of the schemas, for migrations, provisioning and removal only: never for a request. A
 * holder rather than a second {@code DataSource} bean, so nothing can inject it by accident.
 *
 * @param appLogin the role the application's pool logs in with; the owner grants it the roles it may switch to
 */
public record OwnerDatabase(DataSource dataSource, String appLogin) {}

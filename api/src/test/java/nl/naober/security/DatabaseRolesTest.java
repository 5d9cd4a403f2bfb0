package nl.naober.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself keeps municipalities apart and the access log append-only: a session working for Meppel runs
 * as Meppel's role, which cannot read Hoogeveen's tables or rewrite the log, whatever SQL the application sends.
 */
@NaoberIntegrationTest
class DatabaseRolesTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void inMeppelsContextAnotherMunicipalitysTableIsAPermissionError() {
        assertThatThrownBy(() -> inMeppel("select count(*) from t_hoogeveen.family"))
                .hasStackTraceContaining("permission denied for schema t_hoogeveen");
        assertThat(inMeppel("select count(*) from family")).isNotNull();
        assertThat(inMeppel("select current_user")).isEqualTo("t_meppel");
    }

    @Test
    void theAccessLogCanBeAppendedAndReadButNeverRewritten() {
        inMeppelUpdate("insert into access_log (occurred_at, username, user_role, action, record_type)"
                + " values (now(), 'rolestest', 'COORDINATOR', 'READ', 'FAMILY')");
        assertThat(inMeppel("select count(*) from access_log where username = 'rolestest'"))
                .isNotEqualTo(0L);

        assertThatThrownBy(() -> inMeppelUpdate("update access_log set username = 'someone else'"))
                .hasStackTraceContaining("permission denied for table access_log");
        assertThatThrownBy(() -> inMeppelUpdate("delete from access_log"))
                .hasStackTraceContaining("permission denied for table access_log");
        assertThatThrownBy(() -> inMeppelUpdate("truncate access_log"))
                .hasStackTraceContaining("permission denied for table access_log");
        assertThat(Sql.count("select count(*) from t_meppel.access_log where username = 'rolestest'"))
                .isPositive();
    }

    @Test
    void theLoginRoleOwnsAndInheritsNothingAndIdlesInTheCatalogRole() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet who = statement.executeQuery("select session_user, current_user, r.rolsuper, r.rolinherit"
                        + " from pg_roles r where r.rolname = session_user")) {
            who.next();
            assertThat(who.getString(1)).isEqualTo("naober_app");
            assertThat(who.getString(2)).isEqualTo("naober_catalog");
            assertThat(who.getBoolean(3)).as("superuser").isFalse();
            assertThat(who.getBoolean(4)).as("inherits").isFalse();
            assertThatThrownBy(() -> statement.executeQuery("select count(*) from t_meppel.family"))
                    .hasMessageContaining("permission denied for schema t_meppel");
        }
        assertThat(Sql.count("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                        + " where r.rolname in ('naober_app', 'naober_catalog', 't_meppel')"))
                .isZero();
        assertThat(Sql.count("select count(*) from pg_namespace n join pg_roles r on r.oid = n.nspowner"
                        + " where n.nspname in ('platform', 't_meppel') and r.rolname = 'naober_owner'"))
                .isEqualTo(2);
    }

    private Object inMeppel(String sql) {
        return TenantContext.call(
                Tenant.of("meppel"),
                () -> new TransactionTemplate(transactions)
                        .execute(status -> entityManager.createNativeQuery(sql).getSingleResult()));
    }

    private void inMeppelUpdate(String sql) {
        TenantContext.run(
                Tenant.of("meppel"),
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(
                                status -> entityManager.createNativeQuery(sql).executeUpdate()));
    }
}

package nl.naober.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import nl.naober.support.Sql;
import nl.naober.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** A data folder from before the roles existed is handed to the owner, so its migrations go on under the owner. */
class DatabaseRoleSetupTest {

    @Test
    void schemasAndTablesOwnedByTheSuperuserAreHandedToTheOwner() throws Exception {
        Sql.execute("CREATE SCHEMA t_handover_old");
        Sql.execute("CREATE TABLE t_handover_old.family (id bigserial primary key, parent_name text)");
        try (Connection superuser = TestDatabase.get().connect()) {
            DatabaseRoleSetup.createRoles(superuser); // idempotent: a second run changes nothing
            DatabaseRoleSetup.handOverToOwner(superuser);
        }
        assertThat(Sql.strings("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 't_handover_old'"))
                .containsExactly("naober_owner");
        assertThat(Sql.strings("SELECT tableowner FROM pg_tables WHERE schemaname = 't_handover_old'"))
                .containsExactly("naober_owner");
        assertThat(Sql.strings("SELECT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE n.nspname = 't_handover_old' AND c.relkind = 'S'"))
                .containsExactly("naober_owner");
        Sql.execute("DROP SCHEMA t_handover_old CASCADE");
    }
}

package nl.naober.appointment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one personal detail an appointment shows outside its file: a first name. A family's is the first word of its
 * parent's name; a support family's that of its eldest household member. Two queries for any number of rows.
 */
@Component
class FirstNames {

    @PersistenceContext
    private EntityManager entityManager;

    Map<UUID, String> of(Collection<Appointment> appointments) {
        List<UUID> families = appointments.stream()
                .map(Appointment::familyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<UUID> supportFamilies = appointments.stream()
                .map(Appointment::supportFamilyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, String> names = new HashMap<>();
        if (!families.isEmpty()) {
            rows("SELECT id, parent_name FROM family WHERE id IN (:ids)", families)
                    .forEach(r -> names.put(r.get(0, UUID.class), firstWord(r.get(1, String.class))));
        }
        if (!supportFamilies.isEmpty()) {
            rows("""
                            SELECT DISTINCT ON (support_family_id) support_family_id, first_name
                              FROM household_member WHERE support_family_id IN (:ids)
                             ORDER BY support_family_id, birth_date, first_name
                            """, supportFamilies).forEach(r -> names.put(r.get(0, UUID.class), firstWord(r.get(1, String.class))));
        }
        return names;
    }

    /** The name to show for one appointment, from what {@link #of} found; null when none is known. */
    static String nameOf(Appointment appointment, Map<UUID, String> names) {
        UUID key = appointment.kind() == AppointmentKind.SUPPORT_FAMILY_INTAKE
                ? appointment.supportFamilyId()
                : appointment.familyId();
        return names.get(key);
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, List<UUID> ids) {
        return entityManager
                .createNativeQuery(sql, Tuple.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    static String firstWord(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+", 2)[0];
    }
}

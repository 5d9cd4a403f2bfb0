package nl.naober.accesslog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Reads log lines with native SQL, newest first, one page at a time. */
@Component
class AccessLogSearch {

    private static final String COLUMNS = "id, occurred_at, username, user_role, action, record_type, record_id,"
            + " family_id, support_family_id, match_id, fields, detail, request_id, client_address";
    private static final String ABOUT_FAMILY =
            "family_id = :file or match_id in (select id from family_match where family_id = :file)";
    private static final String ABOUT_SUPPORT_FAMILY = "support_family_id = :file"
            + " or match_id in (select id from family_match where support_family_id = :file)";

    private final EntityManager entityManager;

    AccessLogSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<AccessLogRow> search(AccessLogQuery query, Pageable pageable) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.person() != null) {
            conditions.add("(record_id = :person or family_id = :person or support_family_id = :person"
                    + " or match_id = :person)");
            parameters.put("person", query.person());
        }
        if (query.username() != null && !query.username().isBlank()) {
            conditions.add("username = :username");
            parameters.put("username", query.username().strip());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            parameters.put("to", Timestamp.from(query.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return page(where, parameters, pageable);
    }

    Page<AccessLogRow> aboutFamily(UUID familyId, Pageable pageable) {
        return page(" where " + ABOUT_FAMILY, Map.of("file", familyId), pageable);
    }

    Page<AccessLogRow> aboutSupportFamily(UUID supportFamilyId, Pageable pageable) {
        return page(" where " + ABOUT_SUPPORT_FAMILY, Map.of("file", supportFamilyId), pageable);
    }

    private Page<AccessLogRow> page(String where, Map<String, Object> parameters, Pageable pageable) {
        Query rows = entityManager.createNativeQuery(
                "select " + COLUMNS + " from access_log" + where + " order by occurred_at desc, id desc");
        Query count = entityManager.createNativeQuery("select count(*) from access_log" + where);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        if (pageable.isPaged()) {
            rows.setFirstResult((int) pageable.getOffset());
            rows.setMaxResults(pageable.getPageSize());
        }
        List<AccessLogRow> content = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            content.add(row((Object[]) result));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageImpl<>(content, pageable, total);
    }

    private static AccessLogRow row(Object[] c) {
        return new AccessLogRow(
                ((Number) c[0]).longValue(),
                instant(c[1]),
                (String) c[2],
                (String) c[3],
                AccessAction.valueOf((String) c[4]),
                RecordType.valueOf((String) c[5]),
                (UUID) c[6],
                (UUID) c[7],
                (UUID) c[8],
                (UUID) c[9],
                (String) c[10],
                (String) c[11],
                (String) c[12],
                (String) c[13]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}

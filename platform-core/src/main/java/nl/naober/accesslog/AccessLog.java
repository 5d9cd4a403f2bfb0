package nl.naober.accesslog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of the municipality in context: writing the lines of a read, and searching them. A failed write
 * throws, so a read that cannot be logged is not answered.
 */
@Service
public class AccessLog {

    private final EntityManager entityManager;
    private final AccessLogWriter writer;
    private final AccessLogSearch search;

    AccessLog(EntityManager entityManager, AccessLogWriter writer, AccessLogSearch search) {
        this.entityManager = entityManager;
        this.writer = writer;
        this.search = search;
    }

    /** Writes the lines in the current transaction, or in one of their own. */
    @Transactional
    public void record(List<AccessEntry> entries) {
        if (!entries.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> writer.write(connection, entries));
        }
    }

    @Transactional
    public void record(AccessEntry entry) {
        record(List.of(entry));
    }

    /** For work done on another thread on someone's behalf (the network view): who asked, captured where they did. */
    @Transactional
    public void recordAs(Accessor who, AccessEntry entry) {
        entityManager.unwrap(Session.class).doWork(connection -> writer.write(connection, who, List.of(entry)));
    }

    /** As {@link #recordAs(Accessor, AccessEntry)}, for several lines (a calendar feed read on a coordinator's behalf). */
    @Transactional
    public void recordAs(Accessor who, List<AccessEntry> entries) {
        if (!entries.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> writer.write(connection, who, entries));
        }
    }

    /**
     * An export of the whole municipality on {@code connection} (in its schema and role, outside a session): one
     * EXPORT line for every family and every support family, written before the export is.
     *
     * @return the number of lines written
     */
    public int recordExportOfAll(java.sql.Connection connection, String detail) throws java.sql.SQLException {
        return writer.writeExportOfAll(connection, detail);
    }

    /** The privacy officer's search, newest first. */
    @Transactional(readOnly = true)
    public Page<AccessLogRow> search(AccessLogQuery query, Pageable pageable) {
        return search.search(query, pageable);
    }

    /** "Who viewed this file": every line about the family, its children, intakes, timeline and matches. */
    @Transactional(readOnly = true)
    public Page<AccessLogRow> aboutFamily(UUID familyId, Pageable pageable) {
        return search.aboutFamily(familyId, pageable);
    }

    /** "Who viewed this file" for a support family, its household and its matches. */
    @Transactional(readOnly = true)
    public Page<AccessLogRow> aboutSupportFamily(UUID supportFamilyId, Pageable pageable) {
        return search.aboutSupportFamily(supportFamilyId, pageable);
    }
}

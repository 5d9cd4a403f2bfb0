package nl.naober.appointment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    /** Planned visits of a coordinator (all coordinators when null) up to a day, the overdue ones included. */
    @Query("""
            SELECT a FROM Appointment a
             WHERE a.status = nl.naober.appointment.AppointmentStatus.PLANNED
               AND a.plannedOn <= :until
               AND (:coordinator IS NULL OR a.coordinator = :coordinator)
             ORDER BY a.plannedOn, a.startsAt
            """)
    List<Appointment> plannedUntil(@Param("coordinator") String coordinator, @Param("until") LocalDate until);

    @Query("""
            SELECT a FROM Appointment a
             WHERE a.plannedOn BETWEEN :from AND :to
               AND a.status IN :statuses
               AND (:coordinator IS NULL OR a.coordinator = :coordinator)
             ORDER BY a.plannedOn, a.startsAt
            """)
    List<Appointment> between(
            @Param("coordinator") String coordinator,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("statuses") Collection<AppointmentStatus> statuses);

    @Query("""
            SELECT a FROM Appointment a
             WHERE a.status = nl.naober.appointment.AppointmentStatus.PLANNED
               AND (a.familyId = :subject OR a.supportFamilyId = :subject OR a.matchId = :subject)
             ORDER BY a.plannedOn, a.startsAt
            """)
    List<Appointment> plannedFor(@Param("subject") UUID subject);
}

package nl.naober.appointment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, UUID> {

    Optional<CalendarFeed> findByCoordinator(String coordinator);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    @Modifying(flushAutomatically = true)
    @Query("DELETE FROM CalendarFeed f WHERE f.coordinator = :coordinator")
    int deleteByCoordinator(@Param("coordinator") String coordinator);
}

package nl.naober.geo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offline estimate of where a postcode lies: the middle of the addresses this municipality already knows the
 * location of in the same postcode area (the four digits, "9526"). Used when the geocoder knows nothing, which is
 * always the case without {@code naober.geocoder.enabled}: the demo, these build machines and deployments that do
 * not send addresses to PDOK. In Drenthe's villages a four-digit area is a few kilometres across, so the estimate
 * is good enough for the distance criterion (full points up to 2 km, none from 15 km) and much better than unknown.
 * Reads the address columns of {@code family} and {@code support_family} in one query; no names, nothing else.
 */
@Component
class PostcodeAreas {

    private static final String CENTRE = """
            SELECT avg(latitude) AS latitude, avg(longitude) AS longitude, count(*) AS known
              FROM (SELECT postcode, latitude, longitude FROM family
                    UNION ALL
                    SELECT postcode, latitude, longitude FROM support_family) address
             WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND left(postcode, 4) = :area
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /** The middle of the known addresses in the postcode's four-digit area, empty when none is known. */
    @Transactional(readOnly = true)
    Optional<Coordinates> centre(String postcode) {
        if (postcode == null || postcode.strip().length() < 4) {
            return Optional.empty();
        }
        Tuple row = (Tuple) entityManager
                .createNativeQuery(CENTRE, Tuple.class)
                .setParameter("area", postcode.strip().substring(0, 4))
                .getSingleResult();
        if (((Number) row.get("known")).longValue() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(
                ((Number) row.get("latitude")).doubleValue(), ((Number) row.get("longitude")).doubleValue()));
    }
}

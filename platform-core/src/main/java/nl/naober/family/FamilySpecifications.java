package nl.naober.family;

import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** A family list's filter as a query; every part optional. */
final class FamilySpecifications {

    private FamilySpecifications() {}

    static Specification<Family> matching(FamilyFilter filter) {
        Specification<Family> spec = (root, query, cb) -> cb.conjunction();
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.coordinator() != null && !filter.coordinator().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("coordinator"), filter.coordinator()));
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String like = "%" + filter.query().strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
            String compactPostcode = "%" + filter.query().replace(" ", "").toUpperCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("parentName")), like),
                    cb.like(cb.lower(root.get("address").get("city")), like),
                    cb.like(
                            cb.function(
                                    "replace",
                                    String.class,
                                    root.get("address").get("postcode"),
                                    cb.literal(" "),
                                    cb.literal("")),
                            compactPostcode)));
        }
        return spec;
    }
}

package nl.naober.supportfamily;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household member as shown.
 *
 * @param needsVog an adult without a valid VOG, e.g. a household child who has turned 18
 * @param vogNeededFrom for a minor, the 18th birthday from which a VOG is needed
 */
public record MemberView(
        UUID id,
        String firstName,
        LocalDate birthDate,
        int age,
        boolean adult,
        VogStatus vogStatus,
        boolean needsVog,
        LocalDate vogNeededFrom,
        List<VogView> certificates) {}

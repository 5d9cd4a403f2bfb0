package nl.naober.core.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and finding families of the municipality in context. */
@Service
public class FamilyService {

    private final FamilyRepository families;
    private final Clock clock;

    FamilyService(FamilyRepository families, Clock clock) {
        this.families = families;
        this.clock = clock;
    }

    @Transactional
    public FamilyView register(NewFamily command) {
        String email = normaliseEmail(command.contactEmail());
        if (email != null && families.existsByContactEmail(email)) {
            throw DuplicateFamilyException.sameEmail();
        }
        LocalDate registered = command.registrationDate() != null ? command.registrationDate() : LocalDate.now(clock);
        Family family = new Family(
                command.parentName().strip(),
                email,
                normalisePostcode(command.postcode()),
                command.numberOfChildren(),
                registered,
                clock.instant());
        return families.save(family).toView();
    }

    @Transactional(readOnly = true)
    public Page<FamilyView> list(Pageable pageable) {
        return families.findAll(pageable).map(Family::toView);
    }

    @Transactional(readOnly = true)
    public FamilyView get(UUID id) {
        return families.findById(id).map(Family::toView).orElseThrow(() -> FamilyNotFoundException.withId(id));
    }

    private static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** "1234ab" and "1234 AB" are the same postcode; store the PostNL form "1234 AB". */
    static String normalisePostcode(String postcode) {
        String compact = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, 4) + " " + compact.substring(4);
    }
}

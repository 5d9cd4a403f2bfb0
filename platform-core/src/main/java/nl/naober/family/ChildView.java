package nl.naober.family;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.naober.programme.NeedCategory;

public record ChildView(
        UUID id, String firstName, LocalDate birthDate, int age, Set<NeedCategory> needs, String needsText) {}

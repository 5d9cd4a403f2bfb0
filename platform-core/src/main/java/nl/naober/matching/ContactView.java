package nl.naober.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.matching.MatchVocabulary.ContactWith;

public record ContactView(UUID id, LocalDate heldOn, ContactWith withWhom, String notes, String coordinator) {}

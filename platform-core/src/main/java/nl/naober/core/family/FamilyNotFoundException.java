package nl.naober.core.family;

import java.util.UUID;

/** No family with this id in the current municipality (whether or not it exists in another one). */
public class FamilyNotFoundException extends RuntimeException {

    private FamilyNotFoundException(UUID id) {
        super("No family " + id + " in this municipality");
    }

    static FamilyNotFoundException withId(UUID id) {
        return new FamilyNotFoundException(id);
    }
}

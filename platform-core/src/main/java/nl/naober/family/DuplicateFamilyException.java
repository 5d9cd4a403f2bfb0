package nl.naober.family;

/** A family with the same contact e-mail address is already registered in this municipality. */
public class DuplicateFamilyException extends RuntimeException {

    private DuplicateFamilyException() {
        super("A family with this contact e-mail address is already registered");
    }

    static DuplicateFamilyException sameEmail() {
        return new DuplicateFamilyException();
    }
}

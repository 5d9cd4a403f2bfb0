package nl.naober.municipality;

import java.util.List;

/** Onboarding data that cannot be accepted, with every reason at once. */
public class InvalidMunicipalityException extends RuntimeException {

    private final List<String> problems;

    InvalidMunicipalityException(List<String> problems) {
        super("Municipality cannot be onboarded: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

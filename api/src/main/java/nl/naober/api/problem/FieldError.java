package nl.naober.api.problem;

/** One rejected field in a 400 Problem Details body, under {@code errors}. */
public record FieldError(String field, String message) {}

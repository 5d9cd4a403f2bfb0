package nl.naober.web.problem;

/**
 * An input refused by one of the general input rules (text that is no valid Unicode, a date outside the years a
 * person means), with the message for the field it was found in. The value itself is never part of the answer.
 */
public interface InputRefused {

    /** The message key for the field's entry under {@code errors}, e.g. {@code problem.field.text}. */
    String messageKey();
}

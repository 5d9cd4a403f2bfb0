package nl.naober.web.problem;

/** The one rule for text the API takes, in a JSON body or in the address: valid Unicode, without NUL. */
public final class Text {

    private Text() {}

    /**
     * No NUL, and every surrogate in a pair: what UTF-8, and so the database, holds exactly as it was sent. A NUL is
     * refused by PostgreSQL; a lone surrogate cannot be written as UTF-8 at all. Neither is typed by a person.
     */
    public static boolean isValid(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

package nl.naober.fuzz;

/**
 * One hostile request, as it goes on the wire.
 *
 * @param index its place in the run: with the seed, enough to send it again ({@code -Dnaober.fuzz.only=index})
 * @param kind what makes it hostile, e.g. {@code "field numberOfChildren: out of range"}
 * @param username the demo login, or null for an anonymous caller
 * @param path the request target, already encoded (it may be malformed on purpose)
 * @param contentType null: no Content-Type header
 * @param body null: no body
 * @param mustRefuse a write that must never be answered 2xx: every input is hostile, so an accepted one stored
 *     something it should not have (reads may answer 2xx: page=-1 is clamped, an unknown filter finds nothing)
 */
record FuzzInput(
        int index,
        String operation,
        String kind,
        Role role,
        String username,
        String method,
        String path,
        String contentType,
        byte[] body,
        boolean mustRefuse) {

    /** For a failure message: everything needed to send it again by hand, cut to a readable length. */
    String describe() {
        return "#" + index + " " + method + " " + cut(path, 300) + " as " + (username == null ? "anonymous" : username)
                + " (" + kind + ")"
                + (contentType == null ? "" : ", Content-Type: " + contentType)
                + (body == null ? "" : ", body: " + RawJson.shown(body, 400));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
    }
}

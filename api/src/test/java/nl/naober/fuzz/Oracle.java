package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every answer to a hostile input must be: never a 5xx (or no answer), a 4xx always as Problem Details, the
 * script payload never echoed unescaped, and a write never accepted (every input is hostile, so a 2xx to a write
 * means it took something it should have refused). Keeps the tally the run prints.
 */
final class Oracle {

    /** One broken rule, with the input that broke it first. */
    record Finding(String rule, FuzzInput input, RawHttp.Answer answer) {

        String describe() {
            return rule + ": " + input.describe() + " -> " + (answer.status() == 0 ? answer.error() : answer.status())
                    + " " + FuzzInput.cut(answer.body().replaceAll("\\s+", " "), 300);
        }
    }

    static final String SERVER_ERROR = "5xx or no answer";
    static final String NOT_PROBLEM = "4xx without application/problem+json";
    static final String REFLECTED = "script payload echoed";
    static final String ACCEPTED = "hostile write accepted (2xx)";

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    private final Map<String, List<Finding>> findings = new LinkedHashMap<>();
    private Finding first;
    private int inputs;

    void judge(FuzzInput input, RawHttp.Answer answer) {
        inputs++;
        statuses.merge(answer.status(), 1, Integer::sum);
        byKind.computeIfAbsent(family(input.kind()), key -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        int status = answer.status();
        if (status == 0 || status >= 500) {
            add(SERVER_ERROR, input, answer);
        }
        if (status >= 400 && status < 500 && !isProblem(answer)) {
            add(NOT_PROBLEM, input, answer);
        }
        if (answer.body().toLowerCase(Locale.ROOT).contains("<script>alert(")) {
            add(REFLECTED, input, answer);
        }
        if (input.mustRefuse() && status >= 200 && status < 300) {
            add(ACCEPTED, input, answer);
        }
    }

    private static boolean isProblem(RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    private void add(String rule, FuzzInput input, RawHttp.Answer answer) {
        Finding finding = new Finding(rule, input, answer);
        findings.computeIfAbsent(rule, key -> new ArrayList<>()).add(finding);
        if (first == null) {
            first = finding;
        }
    }

    /**
     * The kind without the field or the value: {@code "field parentName: too long"} counts as {@code "too long"},
     * {@code "path id: %00"} as {@code "path id"}.
     */
    static String family(String kind) {
        String primary = kind.split(" \\+ ")[0];
        if (primary.startsWith("field ")) {
            return primary.substring(primary.indexOf(": ") + 2);
        }
        if (primary.startsWith("path ") || primary.startsWith("query ")) {
            return primary.substring(0, primary.indexOf(':'));
        }
        return primary;
    }

    /** Answers by kind of input: which statuses each kind got. */
    Map<String, Map<Integer, Integer>> byKind() {
        return byKind;
    }

    int inputs() {
        return inputs;
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    int serverErrors() {
        return findings.getOrDefault(SERVER_ERROR, List.of()).size();
    }

    Map<String, List<Finding>> findings() {
        return findings;
    }

    Finding first() {
        return first;
    }

    /** {@code 400: 8,100, 401: 1,203, ...}; status 0 is "no answer". */
    String refusals() {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> {
            if (status < 200 || status >= 300) {
                text.append(text.isEmpty() ? "" : ", ")
                        .append(status == 0 ? "no answer" : status)
                        .append(": ")
                        .append(String.format(Locale.ROOT, "%,d", count));
            }
        });
        return text.toString();
    }

    String accepted() {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> {
            if (status >= 200 && status < 300) {
                text.append(text.isEmpty() ? "" : ", ")
                        .append(status)
                        .append(": ")
                        .append(String.format(Locale.ROOT, "%,d", count));
            }
        });
        return text.isEmpty() ? "none" : text.toString();
    }
}

package nl.naober.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a run created per kind ("nieuw") and what earlier imports had already brought in ("al geïmporteerd"). */
record ImportSummary(Map<ImportKind, Count> perKind) {

    record Count(int created, int alreadyImported) {}

    int created() {
        return perKind.values().stream().mapToInt(Count::created).sum();
    }

    int alreadyImported() {
        return perKind.values().stream().mapToInt(Count::alreadyImported).sum();
    }

    /** Per sheet name, for JSON and the screen. */
    Map<String, Count> bySheet() {
        Map<String, Count> bySheet = new LinkedHashMap<>();
        perKind.forEach((kind, count) -> bySheet.put(kind.sheet(), count));
        return bySheet;
    }

    /** "al geïmporteerd: N, nieuw: M", as the second run of the same file says it. */
    String line() {
        return "al geïmporteerd: " + alreadyImported() + ", nieuw: " + created();
    }
}

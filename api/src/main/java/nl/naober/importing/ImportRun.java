package nl.naober.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The state of one run through a file: what the database already held from earlier imports, what this run created,
 * the problems so far, the dates later rows are checked against, and the counts for the summary.
 *
 * <p>Every record is known by a key {@code kind:ref} (for rows without a ref of their own, the ref is made of the
 * row's identifying fields); the same keys, their refs hashed, are stored in {@code import_ref} when the run commits.
 */
final class ImportRun implements Cells.Problems {

    private final ImportFile file;
    private final EarlierImports earlier;
    private final Map<String, UUID> created = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<UUID, Long> matchVersions = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<ImportKind, int[]> counts = new EnumMap<>(ImportKind.class);
    private final ImportProgress progress;
    private int done;
    private int total;

    ImportRun(ImportFile file, EarlierImports earlier, ImportProgress progress) {
        this.file = file;
        this.earlier = earlier;
        this.progress = progress;
        this.total = file.rowCount();
        this.problems.addAll(file.problems());
    }

    ImportFile file() {
        return file;
    }

    @Override
    public void add(ImportProblem problem) {
        problems.add(problem);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    static String key(String kind, String ref) {
        return kind + ":" + ref;
    }

    /** The first time a key is seen in this file; false for a duplicate (which the caller reports). */
    boolean firstInFile(String key) {
        return seen.add(key);
    }

    /** Imported by an earlier file: counted, left alone. */
    boolean importedEarlier(String key) {
        return earlier.contains(key);
    }

    Optional<UUID> id(String key) {
        UUID id = created.get(key);
        return Optional.ofNullable(id != null ? id : earlier.get(key));
    }

    boolean hasFailed(String key) {
        return failed.contains(key);
    }

    void failed(String key) {
        failed.add(key);
    }

    void created(ImportKind kind, String key, UUID id) {
        created.put(key, id);
        counts.computeIfAbsent(kind, k -> new int[2])[0]++;
    }

    /** A further event of a row already counted (a match's trial start): remembered, not counted again. */
    void recorded(String key, UUID id) {
        created.put(key, id);
    }

    void alreadyImported(ImportKind kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[1]++;
    }

    Map<String, UUID> createdRefs() {
        return created;
    }

    boolean isCreatedHere(UUID id) {
        return created.containsValue(id);
    }

    /**
     * A match's version as the last service call of this run returned it: only the match service changes a match, and
     * only through this run, so the next change need not read the whole match again for it.
     */
    Optional<Long> matchVersion(UUID id) {
        return Optional.ofNullable(matchVersions.get(id));
    }

    void matchVersion(UUID id, long version) {
        matchVersions.put(id, version);
    }

    void date(String key, LocalDate date) {
        dates.put(key, date);
    }

    Optional<LocalDate> date(String key) {
        return Optional.ofNullable(dates.get(key));
    }

    /** Rows of the people's sheets, then events (a match's row has up to three): one step done; returns the count. */
    int stepDone() {
        done++;
        progress.update(done, Math.max(done, total));
        return done;
    }

    int stepsDone() {
        return done;
    }

    /** Once the events are known, the total is the people's rows done plus the events to apply. */
    void stepsTotal(int total) {
        this.total = total;
        progress.update(done, total);
    }

    ImportSummary summary() {
        Map<ImportKind, ImportSummary.Count> perKind = new EnumMap<>(ImportKind.class);
        for (ImportKind kind : ImportKind.values()) {
            int[] count = counts.getOrDefault(kind, new int[2]);
            perKind.put(kind, new ImportSummary.Count(count[0], count[1]));
        }
        return new ImportSummary(perKind);
    }
}

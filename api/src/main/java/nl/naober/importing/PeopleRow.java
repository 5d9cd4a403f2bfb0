package nl.naober.importing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What both people's sheets (gezinnen, steungezinnen) do with a row once its command is read: a row without a ref is
 * only checked; a ref counts once per file, is skipped when an earlier file brought it in, and is otherwise registered
 * through the service, with "geïmporteerd" on its timeline.
 *
 * @param keyKind the prefix of the row's key in {@code import_ref}
 * @param columns the command's fields and the columns they are read from, to put a validation message at its column
 */
record PeopleRow(String keyKind, ImportKind kind, Map<String, String> columns) {

    void register(
            Cells cells,
            ImportRun run,
            ServiceCalls calls,
            String ref,
            LocalDate registered,
            Object command,
            Supplier<UUID> register,
            Consumer<UUID> imported) {
        if (ref == null) {
            calls.validate(command, cells, columns);
            return;
        }
        String key = ImportRun.key(keyKind, ref);
        if (!run.firstInFile(key)) {
            cells.problem("ref", "ref " + ref + " staat al eerder in dit blad");
            return;
        }
        if (registered != null) {
            run.date(key, registered);
        }
        if (run.importedEarlier(key)) {
            run.alreadyImported(kind);
            return;
        }
        if (!calls.validate(command, cells, columns) || !cells.sound()) {
            run.failed(key);
            return;
        }
        calls.call(cells, "", register)
                .ifPresentOrElse(
                        id -> {
                            imported.accept(id);
                            run.created(kind, key, id);
                        },
                        () -> run.failed(key));
    }
}

package nl.naober.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.programme.NotFoundException;
import nl.naober.web.StaffScreen;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The coordinator's import screen: upload → dry run with every problem by sheet, row and column → "Importeren" with
 * what it will add → progress → summary. The same jobs as the REST API; the page polls its job's progress.
 */
@StaffScreen
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ImportScreens {

    private final ImportJobs jobs;

    ImportScreens(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/importeren")
    String form() {
        return "casework/importeren";
    }

    @PostMapping(path = "/importeren", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String dryRun(@RequestParam("file") List<MultipartFile> files) {
        List<MultipartFile> chosen =
                files.stream().filter(file -> !file.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return "redirect:/importeren?leeg";
        }
        return "redirect:/importeren/"
                + jobs.start(ImportUploads.of(chosen), true).id();
    }

    @GetMapping("/importeren/{id}")
    String job(@PathVariable UUID id, Model model) {
        ImportJob job = find(id);
        ImportJobView view = ImportJobView.of(job);
        model.addAttribute("job", view);
        model.addAttribute(
                "importable",
                job.dryRun()
                        && job.finished()
                        && view.problems().isEmpty()
                        && !job.uploads().isEmpty());
        model.addAttribute(
                "sheets",
                java.util.Arrays.stream(ImportKind.values())
                        .map(ImportKind::sheet)
                        .toList());
        return "casework/import-resultaat";
    }

    /** Imports the files of a sound dry run, without uploading them again. */
    @PostMapping("/importeren/{id}/importeren")
    String importFiles(@PathVariable UUID id) {
        ImportJob dryRun = find(id);
        if (!dryRun.dryRun() || !dryRun.finished() || dryRun.uploads().isEmpty()) {
            return "redirect:/importeren/" + id;
        }
        return "redirect:/importeren/" + jobs.start(dryRun.uploads(), false).id();
    }

    /** For the progress bar (static/js/import-progress.js). */
    @GetMapping(path = "/importeren/{id}/voortgang", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable UUID id) {
        ImportJob job = find(id);
        return Map.of("state", job.state().name(), "done", job.done(), "total", job.total());
    }

    private ImportJob find(UUID id) {
        return jobs.find(id).orElseThrow(() -> NotFoundException.of("import", id));
    }
}

package nl.naober.casefile.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.naober.family.DuplicateFamilyException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.timeline.NewNote;
import nl.naober.web.FormFailure;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the family's and the support family's screens share (issue 18: they were kept in step by copy): a list page,
 * the forms a file page opens with, a note, an edit against the version it started from with the stale-edit
 * conflict, a refused change back on the page, and an intake. Each screen keeps what differs: its service, its
 * vocabulary, its own sections.
 */
@Component
class CaseFileScreens {

    /**
     * One kind of file on the screens: its address ({@code /gezinnen}), the model name of its view ({@code family}),
     * its edit page, and how to read it and its version.
     */
    record CaseFile<V>(
            String base, String attribute, String editTemplate, Function<UUID, V> get, ToLongFunction<V> version) {

        String page(UUID id) {
            return base + "/" + id;
        }

        String redirect(UUID id, String section) {
            return "redirect:" + page(id) + (section == null ? "" : "#" + section);
        }
    }

    /** An edit form that can show where it differs from what is stored now and take that version. */
    interface EditForm<V, C> {
        C toCommand();

        List<Differences.Row> differencesFrom(V stored, Differences differences);

        void setVersion(Long version);
    }

    private final Screens screens;
    private final Clock clock;

    CaseFileScreens(Screens screens, Clock clock) {
        this.screens = screens;
        this.clock = clock;
    }

    /** A page of a list, in the list's own order. */
    PageRequest page(int page, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Screens.PAGE_SIZE, sort);
    }

    /** What every list page shows besides its rows: the search, the status filter and the page links. */
    void listed(Model model, String q, Object status, Page<?> found) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("page", found);
        model.addAttribute("pageLinks", screens.pageLinks(found));
    }

    /** The intake and note forms a file page opens with, unless a refused post brought them back as typed. */
    void openForms(Model model) {
        if (!model.containsAttribute("intakeForm")) {
            model.addAttribute("intakeForm", IntakeForm.on(LocalDate.now(clock)));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm());
        }
    }

    /** An edit against the version it started from; when someone else saved first: 409, with both side by side. */
    <V, C> String edit(
            CaseFile<V> file,
            UUID id,
            EditForm<V, C> form,
            BiConsumer<UUID, C> update,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute(file.attribute(), file.get().apply(id));
        if (!screens.validate(form.toCommand(), result)) {
            return file.editTemplate();
        }
        try {
            update.accept(id, form.toCommand());
        } catch (StaleVersionException stale) {
            return staleEdit(file, id, form, model, response);
        } catch (DuplicateFamilyException | RuleViolationException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", screens.problems(refused));
            return file.editTemplate();
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.details"));
        return file.redirect(id, null);
    }

    /** Keeps what was typed, shows what is stored now, and lets a new save replace the current version. */
    private <V> String staleEdit(
            CaseFile<V> file, UUID id, EditForm<V, ?> form, Model model, HttpServletResponse response) {
        V current = file.get().apply(id);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute(file.attribute(), current);
        model.addAttribute("differences", form.differencesFrom(current, new Differences(screens)));
        form.setVersion(file.version().applyAsLong(current));
        return file.editTemplate();
    }

    String addNote(
            CaseFile<?> file,
            UUID id,
            NoteForm form,
            BiConsumer<UUID, NewNote> save,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return FormFailure.at(file.page(id), "notitie")
                    .form("noteForm", form, result)
                    .redirect(redirect);
        }
        save.accept(id, form.toCommand());
        redirect.addFlashAttribute("notice", screens.text("screen.notice.note"));
        return file.redirect(id, "tijdlijn");
    }

    /** The intake form back in its section of the file page, with what was typed and what is wrong. */
    String intakeRefused(
            CaseFile<?> file, UUID id, IntakeForm form, BindingResult result, RedirectAttributes redirect) {
        return FormFailure.at(file.page(id), "kennismakingen")
                .form("intakeForm", form, result)
                .redirect(redirect);
    }

    String intakeRecorded(CaseFile<?> file, UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", screens.text("screen.notice.intake"));
        return file.redirect(id, "kennismakingen");
    }

    /** A change refused (a step not allowed, someone else first, a rule): its lines at the top of the file page. */
    String refused(CaseFile<?> file, UUID id, RuntimeException refused, RedirectAttributes redirect) {
        return FormFailure.at(file.page(id), FormFailure.PROBLEMS)
                .refused(screens.problems(refused))
                .redirect(redirect);
    }
}

package nl.naober.web;

import java.io.Serializable;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An in-page form that was not accepted (a field does not validate, or the change was refused), answered with
 * post/redirect/get: the browser goes back to the page's own address, with a fragment that names the form, and the
 * form comes back once (flash attributes) with what was typed, its errors and the refusal's lines. The page so shows
 * the errors at the form, {@code /js/form-errors.js} puts the focus on that form's error summary, and reloading shows
 * the page again instead of a 405 on the POST address. Usage, in a POST handler:
 *
 * <pre>{@code
 * if (!screens.validate(form.toCommand(), result)) {
 *     return FormFailure.at("/koppelingen/" + id, "signaal").form("signalForm", form, result).redirect(redirect);
 * }
 * }</pre>
 *
 * The page's GET handler adds a form only when the model has none yet ({@code model.containsAttribute}), and the
 * template gives the element around the form the fragment's id.
 */
public final class FormFailure {

    /** The model attribute that names the fragment of the form that failed (for templates that open a panel). */
    public static final String FAILED_FORM = "failedForm";

    /**
     * The id of the page's own problem box ({@code cwMessages}), the anchor for a refused button that has no form
     * object of its own (a status change, "Proefperiode starten").
     */
    public static final String PROBLEMS = "problemen";

    private final String page;
    private final String anchor;
    private String formName;
    private Serializable form;
    private BindingResult result;
    private String problemsName;
    private List<String> problems = List.of();

    private FormFailure(String page, String anchor) {
        this.page = page;
        this.anchor = anchor;
    }

    /** The page's GET address (no fragment) and the id of the element around the form. */
    public static FormFailure at(String page, String anchor) {
        return new FormFailure(page, anchor);
    }

    /**
     * The form as typed and its errors, shown again by the form's own error summary. Serializable: flash attributes
     * live in the screen session, which is stored in the catalog so that the next request may reach another replica.
     */
    public FormFailure form(String name, Serializable typed, BindingResult errors) {
        this.formName = name;
        this.form = typed;
        this.result = errors;
        return this;
    }

    /**
     * The lines of a refused change (409). With a form they become errors of the form as a whole, so the form's error
     * summary lists them; without one they go to the model as {@code problems}, for the page's problem box.
     */
    public FormFailure refused(List<String> lines) {
        this.problems = List.copyOf(lines);
        return this;
    }

    /** The lines of a refused change under a model name of their own, for a page with a problem box per form. */
    public FormFailure refused(String name, List<String> lines) {
        this.problemsName = name;
        return refused(lines);
    }

    /** The answer to the POST: a redirect to the page at the form, with everything the page needs for one request. */
    public String redirect(RedirectAttributes redirect) {
        if (problemsName != null || (result == null && !problems.isEmpty())) {
            redirect.addFlashAttribute(problemsName == null ? "problems" : problemsName, problems);
        } else if (result != null) {
            for (String line : problems) {
                result.addError(new ObjectError(result.getObjectName(), null, null, line));
            }
        }
        if (result != null) {
            redirect.addFlashAttribute(formName, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, result);
        }
        redirect.addFlashAttribute(FAILED_FORM, anchor);
        return "redirect:" + page + "#" + anchor;
    }
}

package nl.naober.registration.web;

import java.util.List;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.NotFoundException;
import nl.naober.settings.PublicContact;
import nl.naober.shell.Vocabulary;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the public pages share, before the REST API's Problem Details handler could see their errors: an unknown or
 * suspended municipality is a Dutch 404 page.
 */
@ControllerAdvice(assignableTypes = RegistrationPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationPagesAdvice {

    private final PublicContact contacts;

    RegistrationPagesAdvice(PublicContact contacts) {
        this.contacts = contacts;
    }

    /** Empty fields are absent values, and only the form's own fields are bound. */
    @InitBinder("registration")
    void formBinding(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setAllowedFields(
                "token",
                "firstName",
                "lastName",
                "email",
                "phone",
                "postcode",
                "houseNumber",
                "city",
                "numberOfChildren",
                "capacity",
                "reasons",
                "dayParts",
                "message",
                "consent",
                "website");
    }

    /** Where a parent can ask a question, shown on every public page of the municipality (may be empty). */
    @ModelAttribute("publicContact")
    PublicContact.Contact publicContact(@PathVariable String code) {
        return contacts.of(code);
    }

    @ModelAttribute("vocab")
    Vocabulary vocabulary() {
        return Vocabulary.INSTANCE;
    }

    @ModelAttribute("reasonChoices")
    List<RegistrationReason> reasonChoices() {
        return List.of(RegistrationReason.values());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("public/melding", HttpStatus.NOT_FOUND);
        page.addObject("notice", "notFound");
        return page;
    }
}

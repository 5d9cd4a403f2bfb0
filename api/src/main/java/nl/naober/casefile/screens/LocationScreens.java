package nl.naober.casefile.screens;

import jakarta.validation.Validator;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.programme.NewLocation;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator enters or corrects the postcode of a family or support family, and its location for the distance
 * in match suggestions is looked up again (the geocoder, else the known addresses of the postcode area). The page
 * then says whether a location was found.
 */
@CaseworkScreen
@StaffScreen
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class LocationScreens {

    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final Validator validator;
    private final Screens screens;

    LocationScreens(
            FamilyService families, SupportFamilyService supportFamilies, Validator validator, Screens screens) {
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.validator = validator;
        this.screens = screens;
    }

    @PostMapping("/gezinnen/{id}/locatie")
    String family(
            @PathVariable UUID id,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String houseNumber,
            RedirectAttributes redirect) {
        NewLocation location = new NewLocation(postcode, houseNumber);
        if (valid(location, redirect)) {
            FamilyView family = families.relocate(id, location);
            say(family.latitude() != null, family.postcode(), redirect);
        }
        return "redirect:/gezinnen/" + id + "#locatie";
    }

    @PostMapping("/steungezinnen/{id}/locatie")
    String supportFamily(
            @PathVariable UUID id,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String houseNumber,
            RedirectAttributes redirect) {
        NewLocation location = new NewLocation(postcode, houseNumber);
        if (valid(location, redirect)) {
            SupportFamilyView supportFamily = supportFamilies.relocate(id, location);
            say(supportFamily.latitude() != null, supportFamily.postcode(), redirect);
        }
        return "redirect:/steungezinnen/" + id + "#locatie";
    }

    private boolean valid(NewLocation location, RedirectAttributes redirect) {
        if (validator.validate(location).isEmpty()) {
            return true;
        }
        redirect.addFlashAttribute("locationProblem", screens.text("family.postcode.invalid"));
        return false;
    }

    /** Said in the location panel itself: the page opens there (#locatie), far below the page's message box. */
    private void say(boolean found, String postcode, RedirectAttributes redirect) {
        if (found) {
            redirect.addFlashAttribute("locationNotice", screens.text("location.found", postcode));
        } else {
            redirect.addFlashAttribute("locationProblem", screens.text("location.notFound", postcode));
        }
    }
}

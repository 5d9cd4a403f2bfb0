package nl.naober.administration.screens;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import nl.naober.importing.ExpenditureImportResult;
import nl.naober.importing.ExpenditureImports;
import nl.naober.importing.ImportUploads;
import nl.naober.importing.Upload;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.security.AdminScope;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading a file of expenditures on the budget tab of a municipality's detail page, in two steps: check it (every
 * problem by row), then, after the confirmation, import the checked file, all or nothing. Beside {@link
 * MunicipalityTabScreens}, at the same address.
 */
@StaffScreen
@Controller
@RequestMapping("/beheer/gemeenten/{code}")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class ExpenditureFileScreens {

    private final AdminScope scope;
    private final AdminScreens screens;
    private final ExpenditureImports expenditureImports;

    ExpenditureFileScreens(AdminScope scope, AdminScreens screens, ExpenditureImports expenditureImports) {
        this.scope = scope;
        this.screens = screens;
        this.expenditureImports = expenditureImports;
    }

    @PostMapping(path = "/uitgaven/inlezen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String checkExpenditureFile(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        session.removeAttribute(pendingImport(code));
        if (file == null || file.isEmpty()) {
            return FormFailure.at(page(code), "uitgaven")
                    .refused("expenditureImportProblems", List.of(screens.text("adminScreen.expenditureImport.noFile")))
                    .redirect(redirect);
        }
        List<Upload> upload = ImportUploads.of(List.of(file));
        ExpenditureImportResult checked = expenditureImports.run(municipality.code(), upload, true);
        if (checked.problems().isEmpty() && checked.created() > 0) {
            session.setAttribute(pendingImport(code), upload);
        }
        redirect.addFlashAttribute("expenditureImport", checked);
        return "redirect:" + page(code) + "#uitgaven";
    }

    /** Step two, after the confirmation: the checked file, all or nothing. */
    @PostMapping("/uitgaven/inlezen/bevestigen")
    String importExpenditureFile(@PathVariable String code, HttpSession session, RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        Object pending = session.getAttribute(pendingImport(code));
        session.removeAttribute(pendingImport(code));
        if (!(pending instanceof List<?> files) || files.isEmpty() || !(files.get(0) instanceof Upload upload)) {
            return FormFailure.at(page(code), "uitgaven")
                    .refused(
                            "expenditureImportProblems", List.of(screens.text("adminScreen.expenditureImport.expired")))
                    .redirect(redirect);
        }
        redirect.addFlashAttribute(
                "expenditureImport", expenditureImports.run(municipality.code(), List.of(upload), false));
        return "redirect:" + page(code) + "#uitgaven";
    }

    /** The session key of the checked file waiting for its confirmation (one per municipality). */
    static String pendingImport(String code) {
        return "naober.expenditureImport." + code;
    }

    private static String page(String code) {
        return "/beheer/gemeenten/" + code;
    }
}

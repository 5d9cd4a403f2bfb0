package nl.naober.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.ModelAndView;

/** Which status and texts a screen's unanswered exception gets on the Dutch error page (no Spring, no browser). */
class ScreenErrorPagesTest {

    private final ScreenErrorPages pages = new ScreenErrorPages();

    @Test
    void eachFailureGetsTheStatusAPersonShouldSee() {
        assertThat(ScreenErrorPages.status(new MissingServletRequestParameterException("version", "long")))
                .isEqualTo(400);
        assertThat(ScreenErrorPages.status(new AccessDeniedException("no"))).isEqualTo(403);
        assertThat(ScreenErrorPages.status(new HttpRequestMethodNotSupportedException("PUT")))
                .isEqualTo(405);
        assertThat(ScreenErrorPages.status(new OptimisticLockingFailureException("stale")))
                .isEqualTo(409);
        assertThat(ScreenErrorPages.status(new IllegalStateException("a fault")))
                .isEqualTo(500);
    }

    @Test
    void aFaultIsTheServerErrorPageWithAWayBackToTheStartWithoutALogin() {
        ModelAndView page = pages.page(500);

        assertThat(page.getViewName()).isEqualTo("fout");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(page.getModel())
                .containsEntry("area", "neutral")
                .containsEntry("errorTitleKey", "screen.error.server-error.title")
                .containsEntry("errorTextKey", "screen.error.server-error.text")
                .containsEntry("backUrl", "/");
    }

    @Test
    void everyStatusHasItsOwnTexts() {
        assertThat(ScreenErrorPages.kind(400)).isEqualTo("bad-request");
        assertThat(ScreenErrorPages.kind(403)).isEqualTo("forbidden");
        assertThat(ScreenErrorPages.kind(404)).isEqualTo("not-found");
        assertThat(ScreenErrorPages.kind(405)).isEqualTo("method-not-allowed");
        assertThat(ScreenErrorPages.kind(409)).isEqualTo("conflict");
        assertThat(ScreenErrorPages.kind(500)).isEqualTo("server-error");
        assertThat(ScreenErrorPages.kind(503)).isEqualTo("unavailable");
        assertThat(ScreenErrorPages.kind(418)).isEqualTo("error");
    }

    @Test
    void everyTextThePageCanShowIsWritten() {
        java.util.ResourceBundle screens = java.util.ResourceBundle.getBundle("screens", java.util.Locale.ROOT);
        for (int status : new int[] {400, 403, 404, 405, 409, 418, 500}) {
            String kind = ScreenErrorPages.kind(status);
            assertThat(screens.containsKey("screen.error." + kind + ".title"))
                    .as(kind)
                    .isTrue();
            assertThat(screens.containsKey("screen.error." + kind + ".text"))
                    .as(kind)
                    .isTrue();
        }
        for (ScreenErrorPages.Area area : ScreenErrorPages.Area.values()) {
            assertThat(screens.containsKey(area.backKey)).as(area.name()).isTrue();
        }
    }
}

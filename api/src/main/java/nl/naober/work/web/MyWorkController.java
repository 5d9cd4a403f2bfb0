package nl.naober.work.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.naober.identity.CurrentUser;
import nl.naober.security.CurrentUsers;
import nl.naober.web.paging.PageResponse;
import nl.naober.work.MyWork;
import nl.naober.work.MyWorkService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Mijn werk": what a coordinator must act on, for their own cases or the whole municipality. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/my-work")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "My work", description = "Mijn werk")
class MyWorkController {

    /** Whose cases: the caller's own, or all of the municipality. */
    enum Scope {
        MINE,
        ALL
    }

    private final MyWorkService work;

    MyWorkController(MyWorkService work) {
        this.work = work;
    }

    @GetMapping("/waiting-list")
    @Operation(summary = "Waiting families, longest waiting first, with their candidate depth (paged)")
    PageResponse<MyWork.WaitingFamily> waitingList(
            @PathVariable String code,
            @RequestParam(defaultValue = "ALL") Scope scope,
            @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(work.waitingList(coordinator(scope), pageable));
    }

    @GetMapping
    @Operation(
            summary = "New registrations, longest waiting (with candidate depth), trials ending, evaluations due, VOGs")
    MyWork overview(@PathVariable String code, @RequestParam(defaultValue = "MINE") Scope scope) {
        return work.overview(coordinator(scope));
    }

    private static String coordinator(Scope scope) {
        return scope == Scope.ALL
                ? null
                : CurrentUsers.current().map(CurrentUser::username).orElseThrow();
    }
}

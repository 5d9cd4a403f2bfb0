package nl.naober.administration.outbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.naober.mail.OutboxMailView;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A municipality's mail outbox: what was sent, what waits and why. Its network's admin only: the platform admin sees no case data. */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/outbox")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: e-mail", description = "The outbox of a municipality: every mail, sent or waiting")
class OutboxController {

    private final MunicipalOutboxes outboxes;

    OutboxController(MunicipalOutboxes outboxes) {
        this.outboxes = outboxes;
    }

    @GetMapping
    @Operation(summary = "The outbox, newest first; another network's municipality is 404")
    PageResponse<OutboxMailView> list(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(outboxes.page(code, pageable.getPageNumber(), pageable.getPageSize())
                .mails());
    }
}

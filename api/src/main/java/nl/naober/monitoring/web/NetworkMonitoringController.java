package nl.naober.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.naober.monitoring.MonitoringPeriods;
import nl.naober.monitoring.NetworkMonitoring;
import nl.naober.monitoring.NetworkReport;
import nl.naober.security.AdminScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network admin's side-by-side view of its own network's municipalities; any other network is a 404. */
@RestController
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Monitoring")
class NetworkMonitoringController {

    private final AdminScope scope;
    private final NetworkMonitoring monitoring;
    private final Clock clock;

    NetworkMonitoringController(AdminScope scope, NetworkMonitoring monitoring, Clock clock) {
        this.scope = scope;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/networks/{code}/monitoring")
    @Operation(
            summary = "Key indicators of every municipality of the network side by side, and network-wide, for whole"
                    + " calendar months (default: the current month and the 11 before it); any other range is a 400")
    NetworkReport network(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String network = scope.administeredNetwork(code);
        return monitoring.report(network, MonitoringPeriods.forApi(from, to, LocalDate.now(clock), List.of()));
    }
}

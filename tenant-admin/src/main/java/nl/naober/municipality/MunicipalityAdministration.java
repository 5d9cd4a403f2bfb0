package nl.naober.municipality;

import static nl.naober.municipality.MunicipalityAuditEvents.event;
import static nl.naober.municipality.MunicipalityAuditEvents.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.naober.approval.ApprovalKind;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditView;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantCode;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a network administrator does with the municipalities of its own network: onboarding (with retry and
 * cancellation), suspension, reactivation, and offboarding (export, then removal after a second confirmation).
 * Every method takes the caller's network; a municipality of another network is {@link NotFoundException not
 * found}, exactly like one that does not exist. Every change is audited with the status before and after, in the
 * same catalog transaction as the change itself.
 */
@Service
public class MunicipalityAdministration {

    public static final String RULE_CODE_TAKEN = "rule.admin.municipality.code-taken";
    public static final String RULE_NOT_AVAILABLE = "rule.admin.municipality.not-available";
    public static final String RULE_NAME_TAKEN = "rule.admin.municipality.name-taken";
    public static final String RULE_CBS_TAKEN = "rule.admin.municipality.cbs-taken";
    public static final String RULE_NOT_FAILED = "rule.admin.municipality.not-failed";
    public static final String RULE_NOT_CANCELLABLE = "rule.admin.municipality.not-cancellable";
    public static final String RULE_NOT_ACTIVE = "rule.admin.municipality.not-active";
    public static final String RULE_NOT_SUSPENDED = "rule.admin.municipality.not-suspended";
    public static final String RULE_EXPORT_MISSING = "rule.admin.municipality.export-missing";
    public static final String RULE_REMOVAL_APPROVAL_MISSING = "rule.privacy.approval.removal-missing";
    public static final String RULE_CONFIRMATION = "rule.admin.municipality.confirmation-mismatch";

    private static final String SUBJECT = "municipality";

    private final MunicipalityRepository municipalities;
    private final MunicipalityProvisioning provisioning;
    private final MunicipalityRegistry registry;
    private final MunicipalityChangeNotice changes;
    private final TenantSchemaMigrator migrator;
    private final PrivacyApprovals approvals;
    private final AdminAudit audit;
    private final TransactionTemplate catalogTransaction;
    private final Clock clock;

    MunicipalityAdministration(
            MunicipalityRepository municipalities,
            MunicipalityProvisioning provisioning,
            MunicipalityRegistry registry,
            MunicipalityChangeNotice changes,
            TenantSchemaMigrator migrator,
            AdminAudit audit,
            PrivacyApprovals approvals,
            @Qualifier(CatalogTransactional.TRANSACTION_MANAGER) PlatformTransactionManager catalogTransactions,
            Clock clock) {
        this.municipalities = municipalities;
        this.provisioning = provisioning;
        this.registry = registry;
        this.changes = changes;
        this.migrator = migrator;
        this.audit = audit;
        this.approvals = approvals;
        this.catalogTransaction = new TransactionTemplate(catalogTransactions);
        this.clock = clock;
    }

    @CatalogTransactional(readOnly = true)
    public Page<MunicipalityDetails> list(String network, Pageable pageable) {
        return municipalities.findByNetworkCode(network, pageable).map(Municipality::toDetails);
    }

    /** Whether {@code code} is a municipality of {@code network}, in any state. */
    @CatalogTransactional(readOnly = true)
    public boolean administers(String network, String code) {
        return lookup(network, code).isPresent();
    }

    @CatalogTransactional(readOnly = true)
    public MunicipalityDetails get(String network, String code) {
        return find(network, code).toDetails();
    }

    /**
     * Onboards a municipality in the caller's network. Taken codes, names and CBS codes are refused together
     * (409); the syntax of the fields is the caller's to check first (and {@link InvalidMunicipalityException}
     * otherwise). The result is ACTIVE, or FAILED with the reason.
     *
     * <p>Which of them is taken is said only when the network's own municipalities hold them. Held by another
     * network's municipality, the answer is one generic refusal, the same for code, name and CBS code, so an admin
     * cannot tell which municipalities another network serves from which field was refused.
     */
    public MunicipalityDetails onboard(String network, NewMunicipality command) {
        NewMunicipality own = new NewMunicipality(
                command.code(), command.name(), command.cbsCode(), network, command.programmeStart());
        String name = own.name() == null ? "" : own.name().strip();
        List<String> rules = OnboardingConflicts.rules(
                network, own, name, municipalities.findHoldingAnyOf(own.code(), name, own.cbsCode()));
        if (!rules.isEmpty()) {
            throw RuleViolationException.of(rules);
        }
        MunicipalityDetails result = provisioning.onboard(own);
        audit.record(event("MUNICIPALITY_ONBOARDED", result, null, status(result)));
        return result;
    }

    /** Provisions a FAILED municipality again; repeating it is safe (the schema and changelog are idempotent). */
    public MunicipalityDetails retry(String network, String code) {
        Municipality municipality = inTransaction(() -> {
            Municipality found = find(network, code);
            if (found.status() != MunicipalityStatus.FAILED) {
                throw RuleViolationException.of(RULE_NOT_FAILED);
            }
            found.provisioning();
            return municipalities.save(found);
        });
        MunicipalityDetails result = provisioning.migrate(municipality);
        audit.record(event("MUNICIPALITY_PROVISIONING_RETRIED", result, "status=FAILED", status(result)));
        return result;
    }

    /**
     * Cancels an onboarding that is PROVISIONING (e.g. stuck after a crash) or FAILED: its schema is dropped and
     * its catalog row deleted, in one transaction, so nothing half-made stays behind.
     */
    public void cancel(String network, String code) {
        inTransaction(() -> {
            Municipality municipality = find(network, code);
            MunicipalityStatus before = municipality.status();
            if (before != MunicipalityStatus.PROVISIONING && before != MunicipalityStatus.FAILED) {
                throw RuleViolationException.of(RULE_NOT_CANCELLABLE);
            }
            delete(municipality);
            audit.record(event("MUNICIPALITY_ONBOARDING_CANCELLED", municipality, "status=" + before, "removed"));
            changes.send(municipality.code());
            return null;
        });
        registry.refresh();
    }

    /** No logins and no API access any more; the data is kept. */
    public MunicipalityDetails suspend(String network, String code) {
        return suspend(network, code, null);
    }

    /** Suspends an ACTIVE municipality; the reason is kept as its status reason and in the audit trail. */
    public MunicipalityDetails suspend(String network, String code, String reason) {
        MunicipalityDetails result = inTransaction(() -> {
            Municipality municipality = find(network, code);
            if (municipality.status() != MunicipalityStatus.ACTIVE) {
                throw RuleViolationException.of(RULE_NOT_ACTIVE);
            }
            municipality.suspend(reason);
            MunicipalityDetails details = municipalities.save(municipality).toDetails();
            audit.record(event("MUNICIPALITY_SUSPENDED", details, "status=ACTIVE", status(details)));
            // In this transaction: every replica hears of it when, and only if, it commits.
            changes.send(details.code());
            return details;
        });
        registry.refresh();
        return result;
    }

    /**
     * Serves a SUSPENDED municipality again. A schema that fell behind the tenant changelog while suspended (start-up
     * migrates ACTIVE tenants only) is migrated first; should that fail, the municipality is FAILED with the reason.
     */
    public MunicipalityDetails reactivate(String network, String code) {
        Municipality municipality = inTransaction(() -> {
            Municipality found = find(network, code);
            if (found.status() != MunicipalityStatus.SUSPENDED) {
                throw RuleViolationException.of(RULE_NOT_SUSPENDED);
            }
            found.reactivate();
            changes.send(found.code());
            return municipalities.save(found);
        });
        MunicipalityDetails result = migrator.changelog().isCurrent(municipality.tenantChangelogVersion())
                ? municipality.toDetails()
                : provisioning.migrate(municipality);
        audit.record(event("MUNICIPALITY_REACTIVATED", result, "status=SUSPENDED", status(result)));
        registry.refresh();
        return result;
    }

    /** Checks that an offboarding export may be made now (SUSPENDED only) and returns the municipality. */
    @CatalogTransactional(readOnly = true)
    public MunicipalityDetails exportable(String network, String code) {
        Municipality municipality = find(network, code);
        if (municipality.status() != MunicipalityStatus.SUSPENDED) {
            throw RuleViolationException.of(RULE_NOT_SUSPENDED);
        }
        return municipality.toDetails();
    }

    /** Records that a complete export was made, which the removal requires. */
    public void exportMade(String network, String code, int tables) {
        inTransaction(() -> {
            Municipality municipality = find(network, code);
            if (municipality.status() != MunicipalityStatus.SUSPENDED) {
                throw RuleViolationException.of(RULE_NOT_SUSPENDED);
            }
            municipality.exported(clock.instant());
            municipalities.save(municipality);
            audit.record(event(
                    "MUNICIPALITY_EXPORTED", municipality, "status=SUSPENDED", "status=SUSPENDED, tables=" + tables));
            return null;
        });
    }

    /**
     * Removes a municipality for good: its schema, its local logins and its catalog row, in one transaction. Only
     * when it is SUSPENDED, an export was made during this suspension, its privacy officer approved the removal
     * (within 24 hours, used up by it) and {@code confirmation} repeats its code; otherwise 409 with every unmet
     * condition. The audit trail and the approval stay.
     */
    public void remove(String network, String code, String confirmation, String by) {
        inTransaction(() -> {
            Municipality municipality = find(network, code);
            List<String> rules = new ArrayList<>();
            if (municipality.status() != MunicipalityStatus.SUSPENDED) {
                rules.add(RULE_NOT_SUSPENDED);
            }
            if (municipality.exportedAt() == null) {
                rules.add(RULE_EXPORT_MISSING);
            }
            if (!Objects.equals(confirmation, municipality.code())) {
                rules.add(RULE_CONFIRMATION);
            }
            if (!approvals.usable(municipality.code(), ApprovalKind.REMOVAL)) {
                rules.add(RULE_REMOVAL_APPROVAL_MISSING);
            }
            if (!rules.isEmpty()) {
                throw RuleViolationException.of(rules);
            }
            approvals.use(network, municipality.code(), ApprovalKind.REMOVAL, by);
            delete(municipality);
            audit.record(event(
                    "MUNICIPALITY_REMOVED",
                    municipality,
                    "status=SUSPENDED, exportedAt=" + municipality.exportedAt(),
                    "removed"));
            changes.send(municipality.code());
            return null;
        });
        registry.refresh();
    }

    @CatalogTransactional(readOnly = true)
    public Page<AuditView> auditTrail(String network, String code, Pageable pageable) {
        find(network, code);
        return audit.ofMunicipality(code, pageable);
    }

    private Municipality find(String network, String code) {
        return lookup(network, code).orElseThrow(() -> NotFoundException.of(SUBJECT, null));
    }

    private Optional<Municipality> lookup(String network, String code) {
        if (network == null || !TenantCode.isValid(code)) {
            return Optional.empty();
        }
        return municipalities.findByCodeAndNetworkCode(code, network);
    }

    /**
     * Row and logins in the catalog transaction, then schema and role as the owner: a failed drop rolls the catalog
     * back, and a catalog commit that failed after the drop is repeated safely (the drop skips what is gone).
     */
    private void delete(Municipality municipality) {
        municipalities.deleteLocalAccountsOf(municipality.code());
        municipalities.delete(municipality);
        municipalities.flush();
        migrator.drop(Tenant.of(municipality.code()));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return catalogTransaction.execute(status -> work.get());
    }
}

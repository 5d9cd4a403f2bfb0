package nl.naober.casefile.screens;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.FamilyView;
import nl.naober.family.NewChild;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.programme.DayPart;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import nl.naober.supportfamily.NewHouseholdMember;
import nl.naober.supportfamily.NewSupportFamily;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyStatusChange;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogRequest;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;

/** Case data made through the core services, inside one municipality. */
final class CaseData {

    static final Set<DayPart> WEDNESDAY = Set.of(DayPart.WEDNESDAY_AFTERNOON, DayPart.SATURDAY_MORNING);

    private final Tenant tenant;
    private final FamilyService families;
    private final SupportFamilyService supportFamilies;

    CaseData(String municipality, FamilyService families, SupportFamilyService supportFamilies) {
        this.tenant = Tenant.of(municipality);
        this.families = families;
        this.supportFamilies = supportFamilies;
    }

    <T> T in(Supplier<T> work) {
        return TenantContext.call(tenant, work);
    }

    FamilyView registeredFamily(String parentName) {
        return in(() -> families.register(new NewFamily(
                parentName,
                null,
                null,
                null,
                "Hoofdstraat",
                "1",
                "7811 AB",
                "Emmen",
                null,
                null,
                1,
                Set.of(RegistrationReason.NO_OWN_NETWORK),
                null,
                RegistrationSource.SELF_REGISTRATION,
                null,
                1,
                WEDNESDAY,
                true,
                null,
                LocalDate.now().minusDays(30),
                List.of(new NewChild("Lotte", LocalDate.now().minusYears(6), Set.of(), null)))));
    }

    FamilyView waitingFamily(String parentName) {
        FamilyView family = registeredFamily(parentName);
        return in(() -> {
            FamilyView intake =
                    families.changeStatus(family.id(), new FamilyStatusChange(FamilyStatus.INTAKE, family.version()));
            return families.changeStatus(family.id(), new FamilyStatusChange(FamilyStatus.WAITING, intake.version()));
        });
    }

    SupportFamilyView availableSupportFamily(String householdName) {
        return in(() -> {
            SupportFamilyView registered = supportFamilies.register(new NewSupportFamily(
                    householdName,
                    null,
                    null,
                    null,
                    null,
                    "7812 CD",
                    "Emmen",
                    null,
                    null,
                    WEDNESDAY,
                    2,
                    0,
                    17,
                    Set.of(),
                    null,
                    null,
                    List.of(new NewHouseholdMember("Henk", LocalDate.now().minusYears(45)))));
            UUID member = registered.members().get(0).id();
            supportFamilies.requestVog(
                    registered.id(),
                    member,
                    new VogRequest(null, LocalDate.now().minusDays(20)));
            SupportFamilyView screened = supportFamilies.recordIntake(
                    registered.id(), new IntakeVisit(LocalDate.now(), null, null, null, IntakeOutcome.SUITABLE));
            return supportFamilies.changeStatus(
                    registered.id(), new SupportFamilyStatusChange(SupportFamilyStatus.AVAILABLE, screened.version()));
        });
    }
}

package nl.naober.demo.casefiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.naober.family.NewChild;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;
import nl.naober.supportfamily.NewHouseholdMember;
import nl.naober.supportfamily.NewSupportFamily;

/**
 * Builds the registration commands of demo families and support families from one {@link Random}, so the same
 * seed and the same day give the same households. It only builds commands; the services decide what is stored.
 */
final class DemoHouseholds {

    /** The day-parts families ask for and volunteers offer most: after school, Wednesday and the weekend. */
    private static final List<DayPart> USUAL_DAY_PARTS = List.of(
            DayPart.MONDAY_AFTERNOON,
            DayPart.TUESDAY_AFTERNOON,
            DayPart.WEDNESDAY_MORNING,
            DayPart.WEDNESDAY_AFTERNOON,
            DayPart.THURSDAY_AFTERNOON,
            DayPart.FRIDAY_AFTERNOON,
            DayPart.FRIDAY_EVENING,
            DayPart.SATURDAY_MORNING,
            DayPart.SATURDAY_AFTERNOON);

    private static final List<NeedCategory> CHILD_NEEDS = List.of(
            NeedCategory.ADHD,
            NeedCategory.AUTISM,
            NeedCategory.BEHAVIOURAL,
            NeedCategory.MEDICAL,
            NeedCategory.INTELLECTUAL_DISABILITY,
            NeedCategory.TRAUMA,
            NeedCategory.PHYSICAL_DISABILITY);

    private static final Map<NeedCategory, String> NEEDS_TEXT = Map.of(
            NeedCategory.ADHD, "ADHD; vaste structuur en duidelijke afspraken helpen.",
            NeedCategory.AUTISM, "Autisme; voorspelbaarheid is belangrijk, veranderingen vooraf aankondigen.",
            NeedCategory.BEHAVIOURAL, "Driftbuien bij overgangen, rustige aanpak werkt goed.",
            NeedCategory.MEDICAL, "Astma; de puffer gaat altijd mee.",
            NeedCategory.INTELLECTUAL_DISABILITY, "Licht verstandelijke beperking, korte en concrete uitleg.",
            NeedCategory.TRAUMA, "Heeft een ingrijpende periode achter de rug, heeft tijd nodig om te wennen.",
            NeedCategory.PHYSICAL_DISABILITY, "Loopt moeilijk lange afstanden; een buggy gaat mee.");

    private static final List<RegistrationReason> USUAL_REASONS = List.of(
            RegistrationReason.SINGLE_PARENT_SEVERAL_CHILDREN,
            RegistrationReason.NO_OWN_NETWORK,
            RegistrationReason.POVERTY,
            RegistrationReason.NEWCOMER_IN_NEIGHBOURHOOD);

    private final Random random;
    private final DemoArea area;
    private final LocalDate today;

    DemoHouseholds(Random random, DemoArea area, LocalDate today) {
        this.random = random;
        this.area = area;
        this.today = today;
    }

    /** Family number {@code number} (1-based), registered on {@code registered}. */
    NewFamily family(int number, LocalDate registered) {
        String surname = DemoNames.pick(random, DemoNames.SURNAMES);
        String parent = DemoNames.pick(random, DemoNames.ADULT_NAMES);
        boolean twoParents = random.nextInt(3) == 0;
        String secondParent =
                twoParents ? DemoNames.fictional(DemoNames.pick(random, DemoNames.ADULT_NAMES) + " " + surname) : null;
        List<NewChild> children = children(1 + weighted(50, 35, 15));
        boolean specialNeeds = children.stream().anyMatch(c -> !c.needs().isEmpty());
        Set<RegistrationReason> reasons = EnumSet.of(DemoNames.pick(random, USUAL_REASONS));
        if (specialNeeds) {
            reasons.add(RegistrationReason.CHILD_SPECIAL_NEEDS);
        }
        String reasonOther = null;
        if (random.nextInt(6) == 0) {
            reasons.add(RegistrationReason.OTHER);
            reasonOther = DemoNames.pick(
                    random,
                    List.of(
                            "Ouder langdurig ziek",
                            "Partner werkt in ploegendienst",
                            "Mantelzorg voor een grootouder"));
        }
        // 60 % came by themselves (the public form, a call), 40 % through a referrer of the area
        DemoArea.Referrer referrer = weighted(35, 25, 40) < 2 ? null : DemoNames.pick(random, area.referrers());
        RegistrationSource source = referrer == null ? RegistrationSource.SELF_REGISTRATION : referrer.source();
        String organisation = referrer == null ? null : referrer.organisation();
        DemoArea.Address address = area.address(random);
        return new NewFamily(
                DemoNames.fictional(parent + " " + surname),
                secondParent,
                DemoNames.email(parent + "." + surname.replace(" ", ""), number),
                DemoNames.phone(number),
                address.street(),
                address.houseNumber(),
                address.postcode(),
                address.city(),
                address.latitude(),
                address.longitude(),
                children.size(),
                reasons,
                reasonOther,
                source,
                organisation,
                1 + random.nextInt(2),
                dayParts(1 + random.nextInt(3)),
                true,
                null,
                registered,
                children);
    }

    /** Support family number {@code number}; {@code teenTurning18} adds a household child who soon needs a VOG. */
    NewSupportFamily supportFamily(int number, boolean teenTurning18) {
        String surname = DemoNames.pick(random, DemoNames.SURNAMES);
        List<NewHouseholdMember> members = new ArrayList<>();
        members.add(member(DemoNames.pick(random, DemoNames.ADULT_NAMES), 30 + random.nextInt(30)));
        if (random.nextInt(10) < 7) {
            members.add(member(DemoNames.pick(random, DemoNames.ADULT_NAMES), 30 + random.nextInt(30)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            members.add(member(DemoNames.pick(random, DemoNames.CHILD_NAMES), 2 + random.nextInt(14)));
        }
        if (teenTurning18) {
            LocalDate birthday = today.minusYears(18).plusDays(10 + random.nextInt(45));
            members.add(new NewHouseholdMember(DemoNames.pick(random, DemoNames.CHILD_NAMES), birthday));
        }
        Set<NeedCategory> experience = EnumSet.noneOf(NeedCategory.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            experience.add(DemoNames.pick(random, CHILD_NEEDS));
        }
        DemoArea.Address address = area.address(random);
        int minAge = DemoNames.pick(random, List.of(0, 0, 2, 4));
        return new NewSupportFamily(
                DemoNames.fictional("Fam. " + surname),
                DemoNames.email("fam." + surname.replace(" ", ""), 100 + number),
                DemoNames.phone(100 + number),
                address.street(),
                address.houseNumber(),
                address.postcode(),
                address.city(),
                address.latitude(),
                address.longitude(),
                dayParts(2 + random.nextInt(3)),
                1 + random.nextInt(2),
                minAge,
                DemoNames.pick(random, List.of(8, 10, 12, 12)),
                experience,
                experience.isEmpty()
                        ? "Eigen kinderen grootgebracht, nog geen ervaring met extra zorgvragen."
                        : "Ervaring vanuit eigen gezin en werk in het onderwijs.",
                DemoNames.pick(
                        random,
                        List.of(
                                "Graag kinderen die van buiten spelen houden; we hebben een grote tuin.",
                                "Liefst een vaste middag per week.",
                                "We hebben een hond; niet geschikt bij een allergie.",
                                "Ook een logeerweekend per maand is bespreekbaar.")),
                members,
                // registered before the oldest demo family's match (about two years back), so every proposal
                // lies after the support family became available
                today.minusDays(760 + 5L * number));
    }

    /** A date {@code minDaysAgo}–{@code maxDaysAgo} days before today. */
    LocalDate daysAgo(int minDaysAgo, int maxDaysAgo) {
        return today.minusDays(minDaysAgo + random.nextInt(maxDaysAgo - minDaysAgo + 1));
    }

    <T> T pick(List<T> values) {
        return DemoNames.pick(random, values);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Siblings at least about a year and a half apart, each with a name of their own. */
    private List<NewChild> children(int count) {
        List<NewChild> children = new ArrayList<>();
        List<Integer> ages = new ArrayList<>();
        List<String> names = new ArrayList<>(DemoNames.CHILD_NAMES);
        Collections.shuffle(names, random);
        while (ages.size() < count) {
            int age = random.nextInt(13);
            if (ages.stream().allMatch(other -> Math.abs(other - age) >= 2)) {
                ages.add(age);
            }
        }
        for (int i = 0; i < count; i++) {
            int age = ages.get(i);
            LocalDate birthDate = today.minusYears(age).minusDays(1 + random.nextInt(180));
            Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
            if (age >= 3 && random.nextInt(10) < 4) {
                needs.add(DemoNames.pick(random, CHILD_NEEDS));
            }
            String text =
                    needs.isEmpty() ? null : NEEDS_TEXT.get(needs.iterator().next());
            children.add(new NewChild(names.get(i), birthDate, needs, text));
        }
        return children;
    }

    private NewHouseholdMember member(String firstName, int age) {
        return new NewHouseholdMember(firstName, today.minusYears(age).minusDays(random.nextInt(360)));
    }

    private Set<DayPart> dayParts(int count) {
        List<DayPart> shuffled = new ArrayList<>(USUAL_DAY_PARTS);
        Collections.shuffle(shuffled, random);
        return EnumSet.copyOf(shuffled.subList(0, count));
    }

    /** An index drawn with the given percentages. */
    private int weighted(int... percentages) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percentages.length; i++) {
            roll -= percentages[i];
            if (roll < 0) {
                return i;
            }
        }
        return percentages.length - 1;
    }
}

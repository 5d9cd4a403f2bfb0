package nl.naober.municipality;

import static nl.naober.municipality.MunicipalityAdministration.RULE_CBS_TAKEN;
import static nl.naober.municipality.MunicipalityAdministration.RULE_CODE_TAKEN;
import static nl.naober.municipality.MunicipalityAdministration.RULE_NAME_TAKEN;
import static nl.naober.municipality.MunicipalityAdministration.RULE_NOT_AVAILABLE;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a new municipality's code, name and CBS code are taken, given the municipalities that hold any of them.
 * Held by another network's municipality, the answer is one generic refusal, so an admin cannot tell which
 * municipalities another network serves from which field was refused.
 */
final class OnboardingConflicts {

    private OnboardingConflicts() {}

    /** {@code name} is the command's name, stripped ("" when none). */
    static List<String> rules(String network, NewMunicipality command, String name, List<Municipality> holders) {
        if (holders.stream().anyMatch(holder -> !holder.networkCode().equals(network))) {
            return List.of(RULE_NOT_AVAILABLE);
        }
        List<String> rules = new ArrayList<>();
        if (holders.stream().anyMatch(holder -> holder.code().equals(command.code()))) {
            rules.add(RULE_CODE_TAKEN);
        }
        if (!name.isEmpty() && holders.stream().anyMatch(holder -> holder.name().equalsIgnoreCase(name))) {
            rules.add(RULE_NAME_TAKEN);
        }
        if (holders.stream().anyMatch(holder -> holder.cbsCode().equals(command.cbsCode()))) {
            rules.add(RULE_CBS_TAKEN);
        }
        return rules;
    }
}

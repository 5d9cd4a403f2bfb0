package nl.naober.security;

import nl.naober.identity.CurrentActor;
import nl.naober.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The logged-in user's name for the timeline; work without a user (seeding, jobs) is done by "systeem". */
@Component
class SecurityCurrentActor implements CurrentActor {

    static final String SYSTEM = "systeem";

    @Override
    public String username() {
        return CurrentUsers.current().map(CurrentUser::username).orElse(SYSTEM);
    }
}

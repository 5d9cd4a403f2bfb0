package nl.naober.account;

import java.util.ArrayList;
import java.util.List;
import nl.naober.mail.Recipient;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Who is mailed about a municipality's case work: its enabled coordinators that have an e-mail address. Read from
 * the user directory (local accounts or Keycloak) before a tenant transaction starts, never inside one.
 */
@Service
public class CoordinatorMailboxes {

    private static final int PAGE_SIZE = 100;

    private final UserDirectory directory;

    CoordinatorMailboxes(UserDirectory directory) {
        this.directory = directory;
    }

    public List<Recipient> activeCoordinators(String municipalityCode) {
        List<Recipient> recipients = new ArrayList<>();
        Pageable page = PageRequest.of(0, PAGE_SIZE, Sort.by("username"));
        Page<DirectoryUser> users;
        do {
            users = directory.list(municipalityCode, page);
            users.stream()
                    .filter(user -> user.role() == MunicipalRole.COORDINATOR && user.enabled() && user.email() != null)
                    .map(user -> new Recipient(user.username(), null, user.email()))
                    .forEach(recipients::add);
            page = page.next();
        } while (users.hasNext());
        return List.copyOf(recipients);
    }
}

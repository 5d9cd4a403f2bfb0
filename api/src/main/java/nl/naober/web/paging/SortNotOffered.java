package nl.naober.web.paging;

import java.util.List;

/** A {@code sort} naming a property the list does not offer; the value itself is not kept (it is the caller's text). */
public class SortNotOffered extends RuntimeException {

    private final List<String> offered;

    SortNotOffered(List<String> offered) {
        super("sort on a property this list does not offer");
        this.offered = List.copyOf(offered);
    }

    /** What the list can be sorted on, for the answer; may be empty. */
    public List<String> offered() {
        return offered;
    }
}

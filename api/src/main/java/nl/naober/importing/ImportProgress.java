package nl.naober.importing;

/** Steps done of the total so far, for the job's progress bar. */
interface ImportProgress {

    void update(int done, int total);

    ImportProgress NONE = (done, total) -> {};
}

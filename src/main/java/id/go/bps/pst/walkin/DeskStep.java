package id.go.bps.pst.walkin;

/** What the visit's process waits for from the officer at the desk page. */
public enum DeskStep {
    /** The guest book (seed 001 walk-in step 4). */
    GUEST_BOOK,
    /** The request and its quote (step 6 and 7). */
    REQUEST,
    /** Nothing at the desk page: the next steps are Tasklist tasks, or the visit is over. */
    TASKLIST
}

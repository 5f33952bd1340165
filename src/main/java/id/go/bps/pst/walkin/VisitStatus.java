package id.go.bps.pst.walkin;

/** Where a visit stands at the desk. */
public enum VisitStatus {
    /** Holds a queue number and waits to be called. */
    WAITING,
    /** Called to a desk (or greeted, where the office has no queue numbers) and being served. */
    SERVING,
    /** Redirected to consultation: the abstract did not match the data (no sale was opened). */
    CONSULTATION,
    /** Served; the desk is free for the next number. */
    DONE
}

package id.go.bps.pst.sla;

/** What happened to a clock; every event is kept with its instant. */
public enum ClockEventKind {
    START, PAUSE, RESUME, STOP
}

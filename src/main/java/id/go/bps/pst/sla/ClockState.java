package id.go.bps.pst.sla;

/** Whether the office holds the ball (RUNNING), the customer does (PAUSED), or the request is done (STOPPED). */
public enum ClockState {
    RUNNING, PAUSED, STOPPED
}

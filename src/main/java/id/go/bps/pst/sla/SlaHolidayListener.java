package id.go.bps.pst.sla;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.bps.pst.calendar.HolidaysChanged;

/**
 * A holiday added or removed moves the due dates of the open clocks it affects (all offices for a national
 * holiday), in the admin's transaction, so the timers and task due dates move with them (issue 5).
 */
@Component
class SlaHolidayListener {

    private final SlaClocks clocks;

    SlaHolidayListener(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @EventListener
    void holidaysChanged(HolidaysChanged event) {
        clocks.recomputeOpen(event.officeCode());
    }
}

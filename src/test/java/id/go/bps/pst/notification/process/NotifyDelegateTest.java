package id.go.bps.pst.notification.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import id.go.bps.pst.notification.Notice;
import id.go.bps.pst.notification.Notifications;

/** The delegate reads the local {@code notice}, the request and office, and the values the notice shows. */
class NotifyDelegateTest {

    private final Notifications notifications = mock(Notifications.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final NotifyDelegate delegate = new NotifyDelegate(notifications);

    @Test
    void transferRejected_sendsTheNoticeWithTheOfficersReason() {
        when(execution.getVariableLocal("notice")).thenReturn("TRANSFER_REJECTED");
        when(execution.getVariable("requestNumber")).thenReturn("PST-3300-2026-000123");
        when(execution.getVariable("officeCode")).thenReturn("3300");
        when(execution.getVariable("decisionReason")).thenReturn("Nominal transfer kurang");

        delegate.execute(execution);

        verify(notifications).send(Notice.TRANSFER_REJECTED, "PST-3300-2026-000123", "3300",
                Map.of("decisionReason", "Nominal transfer kurang"));
    }

    @Test
    void missingParams_areLeftOut() {
        when(execution.getVariableLocal("notice")).thenReturn("BILLING_CODE_ISSUED");
        when(execution.getVariable("requestNumber")).thenReturn("PST-3300-2026-000123");
        when(execution.getVariable("officeCode")).thenReturn("3300");
        when(execution.getVariable("totalAmount")).thenReturn(150_000L);

        delegate.execute(execution);

        verify(notifications).send(Notice.BILLING_CODE_ISSUED, "PST-3300-2026-000123", "3300",
                Map.of("totalAmount", 150_000L));
    }

    @Test
    void unknownNotice_failsTheStepNamingTheElement() {
        when(execution.getVariableLocal("notice")).thenReturn("OFFER_REDY");
        when(execution.getCurrentActivityId()).thenReturn("SendTask_NotifyOfferReady");

        assertThatThrownBy(() -> delegate.execute(execution))
                .hasMessageStartingWith("SendTask_NotifyOfferReady: Unknown notice 'OFFER_REDY'");
        verify(notifications, never()).send(any(), anyString(), anyString(), anyMap());
    }
}

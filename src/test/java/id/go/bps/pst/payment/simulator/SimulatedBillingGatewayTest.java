package id.go.bps.pst.payment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.bps.pst.identifiers.BillingCode;
import id.go.bps.pst.identifiers.Ntpn;
import id.go.bps.pst.payment.BillingOrder;
import id.go.bps.pst.payment.IssuedBillingCode;
import id.go.bps.pst.payment.domain.BillingRepository;
import id.go.bps.pst.payment.domain.NotificationSignature;
import id.go.bps.pst.payment.domain.PaymentNotifications;

class SimulatedBillingGatewayTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final BillingOrder ORDER = new BillingOrder("PST-3300-2026-000001", "3300", 150_000,
            NOW.plusSeconds(7 * 86_400));

    /** A stopped clock: the worst case for codes counted from it. */
    private final SimulatedBillingGateway simulator = new SimulatedBillingGateway(mock(BillingRepository.class),
            mock(PaymentNotifications.class), new NotificationSignature("a-shared-secret-of-at-least-32-bytes!"),
            new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void issue_answersAValid15DigitCodeForTheAmountAndExpiryAsked() {
        IssuedBillingCode issued = simulator.issue(ORDER);

        assertThat(issued.code()).hasSize(15).containsOnlyDigits();
        assertThat(BillingCode.check(issued.code()).valid()).isTrue();
        assertThat(issued.amount()).isEqualTo(150_000);
        assertThat(issued.expiresAt()).isEqualTo(ORDER.expiresAt());
    }

    @Test
    void tenThousandCodesInTheSameMillisecond_areAllDifferent() {
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> codes.add(simulator.issue(ORDER).code()));
        assertThat(codes).hasSize(10_000).allSatisfy(code -> assertThat(code).hasSize(15));
    }

    @Test
    void codesAfterARestart_startAboveTheOnesBefore() {
        String before = simulator.issue(ORDER).code();
        SimulatedBillingGateway restarted = new SimulatedBillingGateway(mock(BillingRepository.class),
                mock(PaymentNotifications.class), new NotificationSignature("a-shared-secret-of-at-least-32-bytes!"),
                new ObjectMapper(), Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC));
        assertThat(restarted.issue(ORDER).code()).isGreaterThan(before);
    }

    @Test
    void ntpn_isAValid16CharacterNtpnMarkedAsSimulated() {
        String ntpn = simulator.newNtpn();
        assertThat(Ntpn.check(ntpn).normalized()).isEqualTo(ntpn);
        assertThat(ntpn).startsWith("SIM").hasSize(16);
        assertThat(simulator.newNtpn()).isNotEqualTo(ntpn);
    }
}

package id.go.bps.pst.payment.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.payment.PaymentView;

/**
 * Demo and test only: marks a billing code paid as if a customer paid it at a bank. Answers the recorded payment
 * with the NTPN the simulator made up, or the same errors the notification endpoint gives.
 */
@RestController
@ConditionalOnProperty(prefix = "pst.payment.simulator", name = "enabled", havingValue = "true")
class BillingSimulatorController {

    private final SimulatedBillingGateway simulator;

    BillingSimulatorController(SimulatedBillingGateway simulator) {
        this.simulator = simulator;
    }

    @PostMapping("/api/simulator/billing/{code}/pay")
    PaymentView pay(@PathVariable String code) {
        return simulator.pay(code);
    }
}

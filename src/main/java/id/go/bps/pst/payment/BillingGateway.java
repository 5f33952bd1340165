package id.go.bps.pst.payment;

/**
 * The port to the state billing system (SIMPONI e-billing): the one thing a real adapter implements. Exactly one
 * bean must implement it; with {@code pst.payment.simulator.enabled=false} and no adapter, the application refuses
 * to start and says why (see {@code MissingBillingGatewayFailureAnalyzer}).
 */
public interface BillingGateway {

    /**
     * Asks the billing system for a code the customer pays at a bank, post office or online channel. The answer's
     * expiry may be earlier than the one asked for, never later: the caller caps it anyway.
     */
    IssuedBillingCode issue(BillingOrder order);
}

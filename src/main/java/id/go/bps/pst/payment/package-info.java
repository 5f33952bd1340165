/**
 * Payment of a request's PNBP amount (seeds 002 and 004): a 15-digit SIMPONI billing code for domestic customers,
 * a treasurer-verified transfer for customers abroad. {@link id.go.bps.pst.payment.Payments} issues codes through
 * the {@link id.go.bps.pst.payment.BillingGateway} port, supersedes a request's older code and caps every code's
 * expiry at the end of the invoice. The gateway reports payments to {@code POST /api/payments/notifications},
 * signed with HMAC-SHA256 ({@code X-Signature: sha256=<hex>} over the raw body; no login); notifications are
 * idempotent by NTPN, and unique constraints on NTPN and request settle two identical ones arriving at once. A new
 * payment publishes {@link id.go.bps.pst.payment.PaymentReceived}. SIMPONI cannot be reached from here, so
 * {@code simulator.SimulatedBillingGateway} (only with {@code pst.payment.simulator.enabled=true}) issues codes and
 * pays them through the same signed path; with the simulator off and no real adapter the application does not start.
 */
package id.go.bps.pst.payment;

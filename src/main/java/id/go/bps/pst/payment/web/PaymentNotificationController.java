package id.go.bps.pst.payment.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import id.go.bps.pst.payment.PaymentView;
import id.go.bps.pst.payment.domain.NotificationSignature;
import id.go.bps.pst.payment.domain.PaymentNotification;
import id.go.bps.pst.payment.domain.PaymentNotifications;

/**
 * The endpoint the billing gateway calls when a code is paid. No user login: the gateway proves itself with the
 * HMAC signature of the raw body, which is why the body is taken as bytes and read only after the check.
 * 200 also for a repeated NTPN (same answer, nothing changes), so a gateway that retries is never told to retry.
 */
@RestController
class PaymentNotificationController {

    private final PaymentNotifications notifications;

    PaymentNotificationController(PaymentNotifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "A billing code was paid (called by the billing gateway)", description = """
            Signed with HMAC-SHA256 of the raw body and the shared key: header X-Signature: sha256=<hex>. \
            200 with the payment, also for a repeated NTPN; 400 malformed body, NTPN or code; 401 bad or missing \
            signature; 404 unknown code; 409 NTPN used for another code, or code paid with another NTPN; \
            422 wrong amount, or code expired or superseded when paid.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PaymentNotification.class)))
    @PostMapping(path = "/api/payments/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    PaymentView notify(@RequestBody(required = false) byte[] body,
                       @Parameter(description = "sha256=<hex HMAC-SHA256 of the raw body>")
                       @RequestHeader(name = NotificationSignature.HEADER, required = false) String signature) {
        return notifications.receive(body, signature);
    }
}

package id.go.bps.pst.payment.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.go.bps.pst.payment.domain.NotificationSignature;

/** Notification bodies as a gateway writes them, and the request that posts them signed. */
final class SignedNotices {

    static final String PATH = "/api/payments/notifications";

    private SignedNotices() {
    }

    static String body(String code, String ntpn, long amount, Instant paidAt) {
        return """
                {"billingCode":"%s","ntpn":"%s","amount":%d,"paidAt":"%s","channel":"BANK IT"}"""
                .formatted(code, ntpn, amount, paidAt);
    }

    /** Posted without a login, as the gateway does: the signature alone authenticates it. */
    static MockHttpServletRequestBuilder posted(String body, String signatureHeader) {
        MockHttpServletRequestBuilder request = post(PATH).contentType(MediaType.APPLICATION_JSON).content(body);
        return signatureHeader == null ? request : request.header(NotificationSignature.HEADER, signatureHeader);
    }

    static MockHttpServletRequestBuilder signed(NotificationSignature signature, String body) {
        return posted(body, signature.sign(body.getBytes(StandardCharsets.UTF_8)));
    }
}

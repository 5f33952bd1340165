package id.go.bps.pst.payment.domain;

import org.springframework.http.HttpStatus;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;

/** The errors of the payment module a person or a gateway operator reads, in Indonesian and English. */
public final class PaymentProblems {

    private PaymentProblems() {
    }

    public static ApiProblem badSignature() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, "payment.signature.invalid", Message.of(
                "Tanda tangan notifikasi tidak ada atau tidak sah (X-Signature: sha256=<hex HMAC-SHA256 isi>).",
                "The notification signature is missing or wrong (X-Signature: sha256=<hex HMAC-SHA256 of the body>)."));
    }

    public static ApiProblem unreadable() {
        return ApiProblem.badRequest("payment.notification.unreadable",
                "Notifikasi bukan JSON {billingCode, ntpn, amount, paidAt, channel} yang sah.",
                "The notification is not valid JSON {billingCode, ntpn, amount, paidAt, channel}.");
    }

    public static ApiProblem unknownCode(String code) {
        return ApiProblem.notFound("payment.code.unknown",
                "Kode billing " + code + " tidak pernah diterbitkan oleh aplikasi ini.",
                "Billing code " + code + " was never issued by this application.");
    }

    public static ApiProblem amountMismatch(String code, long billed, long paid) {
        return ApiProblem.unprocessable("payment.amount.mismatch",
                "Kode billing " + code + " bernilai Rp" + billed + ", bukan Rp" + paid + ".",
                "Billing code " + code + " bills Rp" + billed + ", not Rp" + paid + ".");
    }

    public static ApiProblem expired(String code) {
        return ApiProblem.unprocessable("payment.code.expired",
                "Kode billing " + code + " sudah kedaluwarsa atau diganti kode baru; pembayaran tidak diterima.",
                "Billing code " + code + " has expired or was replaced by a newer code; the payment is refused.");
    }

    public static ApiProblem codeAlreadyPaid(String code) {
        return ApiProblem.conflict("payment.code.paid",
                "Kode billing " + code + " sudah dibayar dengan NTPN lain.",
                "Billing code " + code + " is already paid with another NTPN.");
    }

    public static ApiProblem ntpnReused(String ntpn) {
        return ApiProblem.conflict("payment.ntpn.reused",
                "NTPN " + ntpn + " sudah tercatat untuk kode billing lain.",
                "NTPN " + ntpn + " is already recorded for another billing code.");
    }

    public static ApiProblem requestPaid(String requestNumber) {
        return ApiProblem.conflict("payment.request.paid",
                "Permintaan " + requestNumber + " sudah dibayar.",
                "Request " + requestNumber + " is already paid.");
    }

    public static ApiProblem invoiceEnded(String requestNumber) {
        return ApiProblem.unprocessable("payment.invoice.expired",
                "Masa berlaku invoice permintaan " + requestNumber + " sudah berakhir: kode billing tidak diterbitkan.",
                "The invoice of request " + requestNumber + " is no longer valid: no billing code is issued.");
    }

    public static ApiProblem amountNotPositive(String requestNumber) {
        return ApiProblem.unprocessable("payment.amount.invalid",
                "Permintaan " + requestNumber + " harus bernilai lebih dari Rp0 untuk dibayar.",
                "Request " + requestNumber + " must cost more than Rp0 to be paid.");
    }
}

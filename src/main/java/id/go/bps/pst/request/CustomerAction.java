package id.go.bps.pst.request;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a customer can do to a running request, each the message it sends into the process
 * ({@code docs/online-sale.md}) and the API path under {@code /api/requests/{number}/}.
 */
public enum CustomerAction {
    SUPPLY_DOCUMENT("Msg_DocumentSupplied", "attachments"),
    REVIEW_OFFER("Msg_OfferReviewed", "offer-review"),
    UPLOAD_TRANSFER_PROOF("Msg_TransferProofUploaded", "attachments"),
    SUBMIT_AGREEMENT("Msg_AgreementSubmitted", "attachments"),
    REQUEST_REVISION("Msg_RevisionRequested", "revisions"),
    ACCEPT_DELIVERY("Msg_DeliveryAccepted", "acceptance"),
    RATE("Msg_Rated", "rating");

    private final String message;
    private final String path;

    CustomerAction(String message, String path) {
        this.message = message;
        this.path = path;
    }

    public String message() {
        return message;
    }

    public String path() {
        return path;
    }

    public static Optional<CustomerAction> ofMessage(String message) {
        return Arrays.stream(values()).filter(a -> a.message.equals(message)).findFirst();
    }
}

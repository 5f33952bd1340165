package id.go.bps.pst.request.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.Documents;

/**
 * Serves the {@code complete} listener of {@code UserTask_DeliverProduct} and {@code UserTask_HandleRevision}: an
 * officer cannot send a delivery without a product file, so the mistake shows in Tasklist at once instead of
 * becoming an incident of the delivery job.
 * A refusal is a {@code BadUserRequestException}: Tasklist shows its text, the REST API answers 400, not 500.
 */
@Component
class DeliverProductListener implements TaskListener {

    private final Documents documents;

    DeliverProductListener(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = (String) task.getVariable("requestNumber");
        boolean hasProduct = documents.list(number).stream()
                .anyMatch(d -> d.kind() == DocumentKind.PRODUCT_FILE && !d.superseded());
        if (!hasProduct) {
            throw new BadUserRequestException("Unggah dulu berkas produk di halaman permintaan " + number
                    + " (/backoffice/requests/" + number + "). / Upload the product file on the request page first.");
        }
    }
}

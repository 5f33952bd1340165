package id.go.bps.pst.request.process;

/** Ids of {@code processes/online-sale.bpmn} this module uses. */
public final class OnlineSaleProcessKeys {

    public static final String PROCESS = "OnlineSaleProcess";

    private OnlineSaleProcessKeys() {
    }
}

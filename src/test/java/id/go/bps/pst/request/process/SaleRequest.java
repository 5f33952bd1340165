package id.go.bps.pst.request.process;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The start variables of an online sale (docs/online-sale.md, "Variables"), built per test path. */
final class SaleRequest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String requestNumber;
    private final boolean needsAgreement;
    private final String officeCode = "3300";
    private boolean zeroRupiah;
    private boolean abroad;
    private long totalAmount;

    private SaleRequest(boolean needsAgreement, long totalAmount) {
        this.requestNumber = "PST-%s-2026-%06d".formatted(officeCode, SEQUENCE.incrementAndGet());
        this.needsAgreement = needsAgreement;
        this.totalAmount = totalAmount;
    }

    /** An electronic publication of 120 pages: Rp50.000 + 2 × Rp15.000. */
    static SaleRequest publication() {
        return new SaleRequest(false, 80_000L);
    }

    /** A microdata extract: sample and SPPD. */
    static SaleRequest microdata() {
        return new SaleRequest(true, 420_000L);
    }

    SaleRequest abroad() {
        this.abroad = true;
        return this;
    }

    /** Rp0 granted (the request letter is checked with the documents). */
    SaleRequest zeroRupiah() {
        this.zeroRupiah = true;
        this.totalAmount = 0L;
        return this;
    }

    String requestNumber() {
        return requestNumber;
    }

    String officeCode() {
        return officeCode;
    }

    VariableMap variables() {
        return Variables.createVariables()
                .putValue("requestNumber", requestNumber)
                .putValue("officeCode", officeCode)
                .putValue("needsAgreement", needsAgreement)
                .putValue("zeroRupiah", zeroRupiah)
                .putValue("abroad", abroad)
                .putValue("totalAmount", totalAmount);
    }
}

package id.go.bps.pst.sla;

/** The services with a working-day standard (Perka BPS No. 78 Tahun 2020); their budgets are in {@link SlaSettings}. */
public enum SlaService {
    SALE, CONSULTATION
}

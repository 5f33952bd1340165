package id.go.bps.pst.tariff;

/** What a tariff line counts: pages of a publication, bytes of microdata, or maps. */
public enum TariffUnit {
    PAGE,
    BYTE,
    MAP
}

package id.go.bps.pst.catalog;

/** The four kinds of statistical product the PST sells (seed 002). */
public enum ProductType {
    ELECTRONIC_PUBLICATION,
    PRINTED_PUBLICATION,
    MICRODATA,
    WILKERSTAT_MAP
}

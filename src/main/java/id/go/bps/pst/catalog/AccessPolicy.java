package id.go.bps.pst.catalog;

/**
 * Who may obtain a microdata dataset, after NADA's access policies. Most BPS microdata is {@link #LICENSED}. The sale
 * rules of seed 002 still ask every microdata buyer for an abstract and an SPPD; the policy informs the customer.
 */
public enum AccessPolicy {
    /** A public-use file. */
    PUBLIC,
    /** Released under a licence after the intended use has been reviewed. */
    LICENSED
}

package id.go.bps.pst.customer;

import id.go.bps.pst.tariff.CustomerSegment;

/**
 * A customer as other modules see it. {@code abroad} decides the payment route (transfer instead of a billing code).
 * Personal data: never put any of it into a process variable; pass the {@code id}.
 */
public record CustomerView(long id, String email, String displayName, CustomerSegment segment, String institution,
                           String countryCode, boolean abroad) {
}

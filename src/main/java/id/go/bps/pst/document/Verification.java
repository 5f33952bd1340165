package id.go.bps.pst.document;

import java.time.LocalDate;

/**
 * What anyone holding an issued document may check with its verification code: nothing personal (no names, no
 * institution), only what is printed next to the code.
 *
 * @param issuedOn   the issue date in WIB
 * @param amount     whole rupiah; absent for an agreement
 * @param superseded a newer document of the same kind replaced this one for the request
 */
public record Verification(DocumentKind kind, String number, String requestNumber, LocalDate issuedOn, Long amount,
                           boolean superseded) {
}

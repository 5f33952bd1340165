/**
 * Checks for the identifiers people type at the desk and online: NIK, NPWP, e-mail address, SIMPONI billing code and
 * NTPN. Each has a class with a static {@code check} that answers an {@link id.go.bps.pst.identifiers.IdCheck}
 * (the normalised value, or a stable code such as {@code nik.month} and a message in Indonesian and English saying
 * what is wrong and how to fix it), and a Bean Validation annotation ({@code @ValidNik} ...) that reports the same
 * reason. The texts live once, in {@code ValidationMessages.properties} (English) and
 * {@code ValidationMessages_id.properties} (Indonesian), under {@code pst.identifiers.<code>}. These are format
 * checks only: a well-formed NIK or NTPN may still not exist.
 */
package id.go.bps.pst.identifiers;

package id.go.bps.pst.tariff;

/**
 * Whether the sale is at Rp0 and which letter the customer must send for it.
 *
 * @param letter {@link RequiredDocument#ZERO_RUPIAH_LETTER}, {@link RequiredDocument#DATA_REQUEST_LETTER}, or null
 *               when Rp0 does not apply
 */
public record ZeroRupiah(boolean eligible, RequiredDocument letter) {

    public static ZeroRupiah notEligible() {
        return new ZeroRupiah(false, null);
    }
}

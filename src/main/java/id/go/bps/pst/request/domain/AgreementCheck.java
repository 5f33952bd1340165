package id.go.bps.pst.request.domain;

import java.util.regex.Pattern;

import id.go.bps.pst.platform.Message;

/**
 * When an officer may accept a signed SPPD (domain brief, glossary "SPPD"): two original copies, each over a
 * Rp10.000 duty stamp, either a paper meterai or an e-meterai with its 22-character serial.
 */
public final class AgreementCheck {

    static final int COPIES = 2;
    private static final Pattern E_METERAI_SERIAL = Pattern.compile("[A-Za-z0-9]{22}");

    private AgreementCheck() {
    }

    /** Null when the acceptance holds; otherwise what is wrong, in both languages. */
    public static Message problemWithAcceptance(Number copies, String meteraiType, String eMeteraiSerial) {
        if (copies == null || copies.intValue() != COPIES) {
            return Message.of("SPPD harus diterima dalam 2 rangkap asli; tercatat " + copies + ".",
                    "The SPPD needs 2 original copies; recorded: " + copies + ".");
        }
        if ("PAPER".equals(meteraiType)) {
            return null;
        }
        if ("E_METERAI".equals(meteraiType)) {
            return eMeteraiSerial != null && E_METERAI_SERIAL.matcher(eMeteraiSerial.strip()).matches() ? null
                    : Message.of("Nomor seri e-meterai harus 22 huruf/angka.",
                            "An e-meterai serial has 22 letters or digits.");
        }
        return Message.of("SPPD tanpa meterai Rp10.000 tidak dapat diterima; tolak dengan alasan.",
                "An SPPD without a Rp10.000 duty stamp cannot be accepted; reject it with a reason.");
    }
}

package id.go.bps.pst.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 signature of a payment notification: header {@code X-Signature: sha256=<hex>} over the raw body,
 * byte for byte, with the key shared with the gateway. No timestamp is signed: a replayed notification carries an
 * NTPN already recorded, and a repeated NTPN changes nothing, so a replay gains an attacker nothing.
 */
public final class NotificationSignature {

    public static final String HEADER = "X-Signature";
    static final String SCHEME = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_LENGTH = 64;

    private final SecretKeySpec key;

    public NotificationSignature(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The header value a gateway sends with this body. */
    public String sign(byte[] body) {
        return SCHEME + HexFormat.of().formatHex(mac(body));
    }

    /** True only for a well-formed header whose HMAC matches the body; compared in constant time. */
    public boolean matches(byte[] body, String header) {
        if (header == null || !header.startsWith(SCHEME)) {
            return false;
        }
        String hex = header.substring(SCHEME.length()).trim();
        if (hex.length() != HEX_LENGTH || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), HexFormat.of().parseHex(hex));
    }

    private byte[] mac(byte[] body) {
        try {
            // A Mac is not thread-safe; one per call costs microseconds.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

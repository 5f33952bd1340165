package id.go.bps.pst.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NotificationSignatureTest {

    private static final String SECRET = "a-shared-secret-of-at-least-32-bytes!";
    private static final String BODY = """
            {"billingCode":"820260302000001","ntpn":"0A1B2C3D4E5F6G7H","amount":150000,\
            "paidAt":"2026-03-02T10:15:30+07:00"}""";
    private static final NotificationSignature GATEWAY = new NotificationSignature(SECRET);
    private static final String GOOD = GATEWAY.sign(bytes(BODY));

    static Stream<Arguments> cases() {
        String hex = GOOD.substring("sha256=".length());
        return Stream.of(
                Arguments.of("good signature", BODY, GOOD, true),
                Arguments.of("upper-case hex", BODY, "sha256=" + hex.toUpperCase(Locale.ROOT), true),
                Arguments.of("tampered amount", BODY.replace("150000", "1500"), GOOD, false),
                Arguments.of("one extra space in the body", BODY + " ", GOOD, false),
                Arguments.of("signed with another secret", BODY,
                        new NotificationSignature(SECRET + "x").sign(bytes(BODY)), false),
                Arguments.of("missing header", BODY, null, false),
                Arguments.of("empty header", BODY, "", false),
                Arguments.of("hex without the scheme", BODY, hex, false),
                Arguments.of("another scheme", BODY, "sha1=" + hex, false),
                Arguments.of("hex cut short", BODY, GOOD.substring(0, GOOD.length() - 2), false),
                Arguments.of("hex too long", BODY, GOOD + "00", false),
                Arguments.of("not hex", BODY, "sha256=" + "z".repeat(64), false),
                Arguments.of("non-ASCII digits", BODY, "sha256=" + "\u0663".repeat(64), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signatureCheck(String name, String body, String header, boolean accepted) {
        assertThat(GATEWAY.matches(bytes(body), header)).isEqualTo(accepted);
    }

    @Test
    void sign_isSha256SchemeWithLowerCaseHexOfTheRfc4231Vector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        String header = new NotificationSignature("Jefe").sign(bytes("what do ya want for nothing?"));
        assertThat(header).isEqualTo(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

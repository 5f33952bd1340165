package id.go.bps.pst.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.go.bps.pst.notification.Notice;
import id.go.bps.pst.notification.NotificationSettings;

/** Every notice renders completely, in both languages, with the link its reader can open. */
class MailComposerTest {

    private static final String NUMBER = "PST-3300-2026-000123";
    private static final String BASE = "https://pst.example.go.id";
    private static final String CUSTOMER_LINK = BASE + "/transaksi/" + NUMBER;
    private static final String STAFF_LINK = BASE + "/backoffice/requests/" + NUMBER;
    private static final String NAME = "Budi Santoso";
    private static final Map<String, Object> ALL_PARAMS = Map.of(
            "decisionReason", "Abstraksi tidak sesuai dengan variabel yang diminta",
            "totalAmount", 1_512_000L,
            "invoiceValidUntil", Date.from(Instant.parse("2026-04-17T08:00:00Z")),
            "billingCodeExpiresAt", Date.from(Instant.parse("2026-03-24T08:30:00Z")),
            "rating", 2);

    private final MailComposer composer = new MailComposer(new NotificationSettings(BASE + "/", null, null));

    static Stream<Arguments> everyNoticeWithAndWithoutParams() {
        return Stream.of(Notice.values()).filter(notice -> !notice.name().startsWith("ACCOUNT_")).flatMap(notice ->
                Stream.of(Arguments.of(notice, ALL_PARAMS), Arguments.of(notice, Map.of())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyNoticeWithAndWithoutParams")
    void everyNotice_rendersSubjectBothLanguagesAndTheReadersLink(Notice notice, Map<String, Object> params) {
        MailContent mail = composer.compose(facts(notice, params, "Asia/Jakarta"), NAME);

        assertThat(mail.subject()).isEqualTo("[PST BPS] " + NUMBER + ": " + notice.subjectId() + " / "
                + notice.subjectEn());
        String text = mail.text();
        assertThat(text).contains(NUMBER, "Langkah berikutnya:", "Next step:", "BPS Provinsi Jawa Tengah");
        assertThat(text.indexOf("Yth. ")).as("Indonesian first").isZero();
        assertThat(text.indexOf("Dear ")).isGreaterThan(text.indexOf("Langkah berikutnya:"));
        assertThat(text.indexOf("Next step:")).isGreaterThan(text.indexOf("Dear "));
        boolean customer = notice.audience().isCustomer();
        assertThat(text).contains(customer ? CUSTOMER_LINK : STAFF_LINK)
                .doesNotContain(customer ? STAFF_LINK : CUSTOMER_LINK);
        assertThat(text.contains(NAME)).as("the customer's name only in the customer's own mail").isEqualTo(customer);
        assertThat(mail.html()).contains("<a href=\"" + (customer ? CUSTOMER_LINK : STAFF_LINK) + "\">", NUMBER);
        for (String leftover : new String[] {"${", "[[", "[(", "[#", "[/]", "th:", "null", "\n\n\n"}) {
            assertThat(text).as("text leftover " + leftover).doesNotContain(leftover);
            assertThat(mail.html()).as("html leftover " + leftover).doesNotContain(leftover);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Notice.class, names = {"ACCOUNT_VERIFY_EMAIL",
            "ACCOUNT_RESET_PASSWORD"})
    void accountMail_belongsToNoRequest_andCarriesItsOwnLink(Notice notice) {
        String link = BASE + "/daftar/verifikasi?token=abc";
        MailContent mail = composer.compose(new NoticeFacts(notice, null, null, null, Map.of("link", link)), NAME);

        assertThat(mail.subject()).isEqualTo("[PST BPS] " + notice.subjectId() + " / " + notice.subjectEn());
        assertThat(mail.text()).startsWith("Yth. " + NAME).contains(link, "Dear " + NAME).doesNotContain("null");
        assertThat(mail.html()).contains("<a href=\"" + link + "\">");
    }

    @Test
    void documentMissing_showsTheOfficersReasonInBothLanguages() {
        String text = composer.compose(facts(Notice.DOCUMENT_MISSING, ALL_PARAMS, "Asia/Jakarta"), NAME).text();

        assertThat(text).contains("Catatan petugas: Abstraksi tidak sesuai", "Officer's note: Abstraksi tidak sesuai");
    }

    @Test
    void documentMissing_withoutReason_hasNoEmptyReasonLine() {
        String text = composer.compose(facts(Notice.DOCUMENT_MISSING, Map.of(), "Asia/Jakarta"), NAME).text();

        assertThat(text).doesNotContain("Catatan petugas", "Officer's note");
    }

    @Test
    void billingCode_amountHasThousandsPoints_andExpiryIsInTheOfficesZone() {
        String text = composer.compose(facts(Notice.BILLING_CODE_ISSUED, ALL_PARAMS, "Asia/Makassar"), NAME).text();

        assertThat(text).contains("Jumlah yang dibayar: Rp1.512.000", "Amount to pay: Rp1.512.000",
                "Kode billing berlaku sampai: 24-03-2026 16:30 WITA", "Billing code valid until: 24-03-2026 16:30 WITA");
    }

    @Test
    void zeroRupiahOffer_showsRp0() {
        String text = composer.compose(facts(Notice.OFFER_READY, Map.of("totalAmount", 0L), "Asia/Jakarta"), NAME)
                .text();

        assertThat(text).contains("Jumlah tagihan: Rp0", "Amount due: Rp0");
    }

    @Test
    void customerWithoutName_isGreetedPolitely() {
        String text = composer.compose(facts(Notice.DELIVERED, Map.of(), "Asia/Jakarta"), " ").text();

        assertThat(text).startsWith("Yth. Bapak/Ibu,").contains("Dear customer,");
    }

    @Test
    void html_escapesTheCustomersName_textKeepsItAsWritten() {
        MailContent mail = composer.compose(facts(Notice.DELIVERED, Map.of(), "Asia/Jakarta"),
                "<b>Siti</b> & Co");

        assertThat(mail.html()).contains("Yth. &lt;b&gt;Siti&lt;/b&gt; &amp; Co,").doesNotContain("<b>Siti");
        assertThat(mail.text()).startsWith("Yth. <b>Siti</b> & Co,");
    }

    @Test
    void staffMail_greetsTheRoleOfTheOffice() {
        String text = composer.compose(facts(Notice.NEW_TRANSFER_PROOF, Map.of(), "Asia/Jakarta"), NAME).text();

        assertThat(text).startsWith("Yth. Bendahara BPS Provinsi Jawa Tengah,")
                .contains("Dear treasurers of BPS Provinsi Jawa Tengah,").doesNotContain(NAME);
    }

    private static NoticeFacts facts(Notice notice, Map<String, Object> params, String zone) {
        return new NoticeFacts(notice, NUMBER, "BPS Provinsi Jawa Tengah", ZoneId.of(zone), params);
    }
}

package id.go.bps.pst.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.bps.pst.notification.domain.MailComposer;
import id.go.bps.pst.notification.domain.OutboxMail;
import id.go.bps.pst.notification.domain.OutboxMailRepository;
import id.go.bps.pst.notification.domain.OutboxSender;
import id.go.bps.pst.notification.domain.OutboxStatus;
import id.go.bps.pst.notification.domain.SendReport;
import id.go.bps.pst.notification.domain.StaffRecipients;
import id.go.bps.pst.office.Offices;

/**
 * Notices through the outbox to a real SMTP server (GreenMail on the test profile's {@code spring.mail} port).
 * The scheduled sender is off in tests: each test runs the sender itself. Every test uses its own request number,
 * office group and addresses, and removes what it made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NotificationsIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("pst.test.smtp-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    StaffRecipients staff;
    @Autowired
    MailComposer composer;
    @Autowired
    Offices offices;
    @Autowired
    IdentityService identity;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    NotificationSettings settings;
    @Autowired
    JdbcTemplate jdbc;

    private final String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String requestNumber = "PST-IT-" + unique;
    private final String officeCode = "T" + unique;
    private final List<String> users = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        users.forEach(identity::deleteUser);
        groups.forEach(identity::deleteGroup);
        jdbc.update("delete from notification_outbox where request_number = ?", requestNumber);
    }

    @Test
    void customerNotice_arrivesWithSubjectBodyAndTheTransactionLink() throws Exception {
        String customer = "budi." + unique + "@example.test";

        assertThat(withCustomer(customer).send(Notice.OFFER_READY, requestNumber, "3300",
                Map.of("totalAmount", 1_512_000L))).isEqualTo(1);
        sender.sendPending();

        MimeMessage mail = only(customer);
        assertThat(mail.getSubject()).isEqualTo("[PST BPS] " + requestNumber
                + ": Invoice siap diperiksa / Offer ready for review");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@localhost");
        assertThat(plainText(mail)).startsWith("Yth. Budi Santoso,")
                .contains("Dear Budi Santoso,", "Rp1.512.000", "BPS Provinsi Jawa Tengah",
                        settings.baseUrl() + "/transaksi/" + requestNumber);
        assertThat(rows()).extracting(OutboxMail::status).containsExactly(OutboxStatus.SENT);
    }

    @Test
    void officerNotice_reachesEveryOfficerWithAnEmail_evenWhenAnotherUserCausedIt() throws Exception {
        String first = staffUser("officer", "satu", true);
        String second = staffUser("officer", "dua", true);
        staffUser("officer", "tiga", false);
        String treasurer = staffUser("treasurer", "empat", true);
        // A user who may read no other user: the lookup must not depend on who is logged in.
        identity.setAuthentication("nobody" + unique, List.of());

        int queued = notifications.send(Notice.NEW_REQUEST, requestNumber, officeCode, Map.of());
        identity.clearAuthentication();
        sender.sendPending();

        assertThat(queued).isEqualTo(2);
        for (String officer : List.of(first, second)) {
            String text = plainText(only(officer));
            assertThat(text).startsWith("Yth. Petugas PST BPS " + officeCode + ",")
                    .contains(settings.baseUrl() + "/backoffice/requests/" + requestNumber);
        }
        assertThat(received(treasurer)).isEmpty();
    }

    @Test
    void officeWithoutAddresses_queuesNothing_andDoesNotFail() {
        staffUser("officer", "tanpaemail", false);

        assertThat(notifications.send(Notice.NEW_AGREEMENT, requestNumber, officeCode, Map.of())).isZero();
        assertThat(rows()).isEmpty();
    }

    @Test
    void customerNotice_forAnUnknownCustomer_queuesNothing() {
        assertThat(notifications.send(Notice.DELIVERED, requestNumber, "3300", Map.of())).isZero();
        assertThat(rows()).isEmpty();
    }

    @Test
    void rolledBackStep_leavesNoMailBehind() {
        staffUser("supervisor", "lima", true);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(notifications.send(Notice.LOW_RATING, requestNumber, officeCode, Map.of("rating", 1)))
                    .isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(rows()).isEmpty();
    }

    @Test
    void smtpDown_leavesTheRowPendingWithTheTryCounted_andALaterRunSendsIt() throws Exception {
        String customer = "siti." + unique + "@example.test";
        smtp.stop();
        withCustomer(customer).send(Notice.PAYMENT_RECEIVED, requestNumber, "3300", Map.of());

        sender.sendPending();
        OutboxMail failed = rows().get(0);
        assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();

        smtp.start();
        sender.sendPending();
        assertThat(rows().get(0).status()).as("not due before the backoff").isEqualTo(OutboxStatus.PENDING);

        senderAt(settings.sender().backoff().plusSeconds(1), "later").sendPending();
        assertThat(only(customer).getSubject()).contains("Pembayaran diterima");
        assertThat(rows().get(0).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(rows().get(0).attempts()).isEqualTo(2);
    }

    @Test
    void twoSendersAtOnce_sendEveryRowExactlyOnce() throws Exception {
        String customer = "rina." + unique + "@example.test";
        Notifications toCustomer = withCustomer(customer);
        int rows = 24;
        for (int i = 0; i < rows; i++) {
            toCustomer.send(Notice.CLOSED_PLEASE_RATE, requestNumber, "3300", Map.of());
        }
        OutboxSender a = senderAt(Duration.ZERO, "node-a-" + unique);
        OutboxSender b = senderAt(Duration.ZERO, "node-b-" + unique);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<SendReport> first = CompletableFuture.supplyAsync(() -> await(start, a));
        CompletableFuture<SendReport> second = CompletableFuture.supplyAsync(() -> await(start, b));
        start.countDown();
        SendReport one = first.get();
        SendReport two = second.get();

        smtp.waitForIncomingEmail(5000, rows);
        assertThat(received(customer)).hasSize(rows);
        assertThat(one.sent() + two.sent()).isEqualTo(rows);
        assertThat(rows()).extracting(OutboxMail::status).containsOnly(OutboxStatus.SENT);
    }

    @Test
    void withoutMailServer_theMailIsLoggedAndMarkedSentToLog() {
        withCustomer("andi." + unique + "@example.test").send(Notice.DELIVERED, requestNumber, "3300", Map.of());
        OutboxSender noServer = new OutboxSender(outbox, new TransactionTemplate(transactionManager),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), settings, Clock.systemUTC(),
                "log-" + unique);

        noServer.sendPending();

        assertThat(rows()).extracting(OutboxMail::status).containsExactly(OutboxStatus.SENT_TO_LOG);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /** The facade with a customer directory that knows this test's request, as the request module will. */
    private Notifications withCustomer(String email) {
        RecipientDirectory directory = number -> number.equals(requestNumber)
                ? Optional.of(new Recipient(email, "Budi Santoso")) : Optional.empty();
        return new Notifications(new StaticListableBeanFactory(Map.of("directory", directory))
                .getBeanProvider(RecipientDirectory.class), staff, composer, outbox, offices);
    }

    private OutboxSender senderAt(Duration ahead, String node) {
        return new OutboxSender(outbox, new TransactionTemplate(transactionManager), mailSender, settings,
                Clock.offset(Clock.systemUTC(), ahead), node);
    }

    private static SendReport await(CountDownLatch start, OutboxSender sender) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sender.sendPending();
    }

    /** A user in this test's office group of the role, with an address or without. */
    private String staffUser(String role, String name, boolean withEmail) {
        String group = role + officeCode;
        if (!groups.contains(group)) {
            var newGroup = identity.newGroup(group);
            newGroup.setName(group);
            identity.saveGroup(newGroup);
            groups.add(group);
        }
        String id = name + unique;
        var user = identity.newUser(id);
        user.setPassword("pw-" + UUID.randomUUID());
        String email = name + "." + unique + "@example.test";
        user.setEmail(withEmail ? email : null);
        identity.saveUser(user);
        identity.createMembership(id, group);
        users.add(id);
        return email;
    }

    private List<OutboxMail> rows() {
        return outbox.findByRequestNumberOrderById(requestNumber);
    }

    private List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage only(String address) {
        smtp.waitForIncomingEmail(5000, 1);
        List<MimeMessage> messages = received(address);
        assertThat(messages).as("mails to " + address).hasSize(1);
        return messages.get(0);
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}

package id.go.bps.pst.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.bps.pst.notification.domain.MailComposer;
import id.go.bps.pst.notification.domain.MailContent;
import id.go.bps.pst.notification.domain.NoticeFacts;
import id.go.bps.pst.notification.domain.OutboxMail;
import id.go.bps.pst.notification.domain.OutboxMailRepository;
import id.go.bps.pst.notification.domain.StaffRecipients;
import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;

/**
 * The public face of the notification module: queues a notice's mails in the caller's transaction (the outbox), so
 * a step that rolls back mails nobody and a committed one loses no mail; the sender delivers them afterwards.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final ObjectProvider<RecipientDirectory> customers;
    private final StaffRecipients staff;
    private final MailComposer composer;
    private final OutboxMailRepository outbox;
    private final Offices offices;
    private final Clock clock = Clock.systemUTC();

    public Notifications(ObjectProvider<RecipientDirectory> customers, StaffRecipients staff, MailComposer composer,
                         OutboxMailRepository outbox, Offices offices) {
        this.customers = customers;
        this.staff = staff;
        this.composer = composer;
        this.outbox = outbox;
        this.offices = offices;
    }

    /**
     * Queues the notice for its audience: the request's customer, or every member with an email of the office's
     * officer, treasurer or supervisor group. Nobody to write to is logged, never an error: a notice must not stop
     * the sale. {@code extraParams} are values the text may show ({@link Notice#params()}), never personal data.
     *
     * @return how many mails were queued
     */
    @Transactional
    public int send(Notice notice, String requestNumber, String officeCode, Map<String, ?> extraParams) {
        Objects.requireNonNull(notice, "notice");
        if (requestNumber == null || requestNumber.isBlank()) {
            throw new IllegalArgumentException("A " + notice + " notice needs a request number");
        }
        NoticeFacts facts = facts(notice, requestNumber, officeCode, extraParams);
        return notice.audience().isCustomer() ? toCustomer(facts, officeCode) : toStaff(facts, officeCode);
    }

    /**
     * Queues an account mail (verification, password reset) to one address: no request, the one-time link given.
     */
    @Transactional
    public void sendToAccount(Notice notice, String email, String displayName, String link) {
        Objects.requireNonNull(link, "link");
        NoticeFacts facts = new NoticeFacts(notice, null, null, null, Map.of("link", link));
        queue(facts, null, List.of(email), composer.compose(facts, displayName));
    }

    private NoticeFacts facts(Notice notice, String requestNumber, String officeCode, Map<String, ?> params) {
        Optional<OfficeView> office = offices.find(officeCode);
        String officeName = office.map(OfficeView::name).orElse(officeCode == null ? null : "BPS " + officeCode);
        return new NoticeFacts(notice, requestNumber, officeName, office.map(OfficeView::zone).orElse(null),
                params == null ? Map.of() : Map.copyOf(params));
    }

    private int toCustomer(NoticeFacts facts, String officeCode) {
        RecipientDirectory directory = customers.getIfAvailable();
        Optional<Recipient> customer = directory == null ? Optional.empty()
                : directory.customerOf(facts.requestNumber());
        if (customer.isEmpty()) {
            log.warn("Notice {} for request {} not mailed: {}", facts.notice(), facts.requestNumber(),
                    directory == null ? "no RecipientDirectory is installed" : "its customer is unknown");
            return 0;
        }
        MailContent content = composer.compose(facts, customer.get().displayName());
        queue(facts, officeCode, List.of(customer.get().email()), content);
        return 1;
    }

    private int toStaff(NoticeFacts facts, String officeCode) {
        var role = facts.notice().audience().staffRole().orElseThrow();
        if (officeCode == null || officeCode.isBlank()) {
            throw new IllegalArgumentException("A " + facts.notice() + " notice needs the office code");
        }
        List<String> emails = staff.emails(role, officeCode);
        if (emails.isEmpty()) {
            log.info("Notice {} for request {} not mailed: no member of {} has an email address", facts.notice(),
                    facts.requestNumber(), role.groupId(officeCode));
            return 0;
        }
        queue(facts, officeCode, emails, composer.compose(facts, null));
        return emails.size();
    }

    private void queue(NoticeFacts facts, String officeCode, List<String> emails, MailContent content) {
        var now = clock.instant();
        outbox.saveAll(emails.stream().map(email -> OutboxMail.pending(facts.notice(), facts.requestNumber(),
                officeCode, email, content, now)).toList());
    }
}

package id.go.bps.pst.notification.domain;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox sender on every node, one run at a time per node (fixed delay). Off with
 * {@code pst.notification.sender.enabled=false} (the test profile, whose tests run the sender themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "pst.notification.sender", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${pst.notification.sender.delay:PT10S}",
            initialDelayString = "${pst.notification.sender.delay:PT10S}")
    void run() {
        sender.sendPending();
    }
}

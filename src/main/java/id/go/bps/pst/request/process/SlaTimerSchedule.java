package id.go.bps.pst.request.process;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link SlaTimerReconciler} a minute after start (a crash may have lost a timer move) and then every six
 * hours. Off with {@code pst.sla.reconcile.enabled=false} (the test profiles: the tests run it themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "pst.sla.reconcile", name = "enabled", havingValue = "true", matchIfMissing = true)
class SlaTimerSchedule {

    private final SlaTimerReconciler reconciler;

    SlaTimerSchedule(SlaTimerReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Scheduled(initialDelayString = "${pst.sla.reconcile.initial-delay:PT1M}",
            fixedDelayString = "${pst.sla.reconcile.delay:PT1H}")
    void run() {
        reconciler.reconcile();
    }
}

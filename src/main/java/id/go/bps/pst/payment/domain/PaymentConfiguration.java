package id.go.bps.pst.payment.domain;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.bps.pst.payment.PaymentSettings;

/** The module's clock and the signature key, from {@link PaymentSettings}. */
@Configuration(proxyBeanMethods = false)
public class PaymentConfiguration {

    /** Named, so that another module's clock never collides with this one. */
    public static final String CLOCK = "paymentClock";

    @Bean(name = CLOCK, defaultCandidate = false)
    Clock paymentClock() {
        return Clock.systemUTC();
    }

    @Bean
    NotificationSignature notificationSignature(PaymentSettings settings) {
        return new NotificationSignature(settings.notificationSecret());
    }
}

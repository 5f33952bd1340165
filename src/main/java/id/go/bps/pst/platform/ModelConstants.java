package id.go.bps.pst.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@code public static final String} fields name elements of the models in {@code processes/}
 * (process, decision, task, message ids). The conventions test fails when one of them points to an id no model has.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelConstants {
}

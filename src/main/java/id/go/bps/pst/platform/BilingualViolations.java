package id.go.bps.pst.platform;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.validator.internal.engine.ConstraintViolationImpl;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Renders a Bean Validation violation in Indonesian and English from the same message template, keeping the
 * parameters a validator added (e.g. "you entered 15 digits"). English is the base bundle ({@link Locale#ROOT}), so
 * a server whose default locale is Indonesian still answers English where English is asked for.
 */
public final class BilingualViolations {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final MessageInterpolator INTERPOLATOR = new ResourceBundleMessageInterpolator();

    private BilingualViolations() {
    }

    public static Message of(ConstraintViolation<?> violation) {
        MessageInterpolator.Context context = new Context(violation);
        String template = violation.getMessageTemplate();
        return Message.of(INTERPOLATOR.interpolate(template, context, INDONESIAN),
                INTERPOLATOR.interpolate(template, context, Locale.ROOT));
    }

    private record Context(ConstraintViolation<?> violation) implements HibernateMessageInterpolatorContext {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public Class<?> getRootBeanType() {
            return violation.getRootBeanClass();
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return violation instanceof ConstraintViolationImpl<?> impl ? impl.getMessageParameters() : Map.of();
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return violation instanceof ConstraintViolationImpl<?> impl ? impl.getExpressionVariables() : Map.of();
        }

        @Override
        public Path getPropertyPath() {
            return violation.getPropertyPath();
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.BEAN_PROPERTIES;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
        }
    }
}

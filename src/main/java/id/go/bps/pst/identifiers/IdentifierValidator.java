package id.go.bps.pst.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs an identifier rule for Bean Validation and reports its precise reason ({@code {pst.identifiers.nik.month}})
 * instead of the annotation's generic message. Null is valid, so optional fields work; add {@code @NotBlank} or
 * {@code @NotNull} where the value is required.
 */
abstract class IdentifierValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private final Function<String, Verdict> rule;

    IdentifierValidator(Function<String, Verdict> rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Verdict verdict = rule.apply(value.toString());
        if (verdict.valid()) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        verdict.args().forEach(hibernate::addMessageParameter);
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(verdict.template()).addConstraintViolation();
        return false;
    }
}

package id.go.bps.pst.identifiers;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * An e-mail address, checked the practical way: the structural rules a person can fix are checked here with a
 * precise reason, the fine syntax of the local part and domain is left to Jakarta's {@code @Email} (Hibernate
 * Validator). Normalised by trimming and lower-casing the domain; the local part keeps its case, since RFC 5321
 * lets the receiving server treat it as case-sensitive.
 */
public final class EmailAddress {

    /** RFC 5321: a path is at most 256 octets including the angle brackets. */
    public static final int MAX_LENGTH = 254;
    /** RFC 5321, section 4.5.3.1.1. */
    public static final int MAX_LOCAL_PART_LENGTH = 64;

    private EmailAddress() {
    }

    public static IdCheck check(String raw) {
        return evaluate(raw).toCheck();
    }

    static Verdict evaluate(String raw) {
        String email = Verdict.stripped(raw);
        if (email.isEmpty()) {
            return Verdict.fail("email.blank");
        }
        if (email.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Verdict.fail("email.spaces");
        }
        long ats = email.chars().filter(c -> c == '@').count();
        if (ats != 1) {
            return Verdict.fail("email.at", "count", ats);
        }
        return checkParts(email);
    }

    private static Verdict checkParts(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (email.length() > MAX_LENGTH) {
            return Verdict.fail("email.length", "length", email.length());
        }
        if (local.length() > MAX_LOCAL_PART_LENGTH) {
            return Verdict.fail("email.local-length", "length", local.length());
        }
        // @Email accepts a bare host (a@b); a customer's address needs a real domain.
        if (domain.indexOf('.') < 0) {
            return Verdict.fail("email.domain");
        }
        if (local.isEmpty() || !JakartaEmail.accepts(email)) {
            return Verdict.fail("email.syntax");
        }
        return Verdict.ok(local + "@" + domain.toLowerCase(Locale.ROOT));
    }

    /** Jakarta's {@code @Email}, reached through the public Validator API; built on first use. */
    private static final class JakartaEmail {

        private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();

        private record Candidate(@Email String address) {
        }

        static boolean accepts(String email) {
            return VALIDATOR.validateValue(Candidate.class, "address", email).isEmpty();
        }
    }
}

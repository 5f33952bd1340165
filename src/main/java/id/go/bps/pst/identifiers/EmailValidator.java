package id.go.bps.pst.identifiers;

/**
 * Bean Validation for {@link ValidEmail}. Public only because Bean Validation instantiates it by reflection; use the
 * annotation.
 */
public final class EmailValidator extends IdentifierValidator<ValidEmail> {

    public EmailValidator() {
        super(EmailAddress::evaluate);
    }
}

package id.go.bps.pst.identifiers;

/**
 * Bean Validation for {@link ValidBillingCode}. Public only because Bean Validation instantiates it by reflection; use the
 * annotation.
 */
public final class BillingCodeValidator extends IdentifierValidator<ValidBillingCode> {

    public BillingCodeValidator() {
        super(BillingCode::evaluate);
    }
}

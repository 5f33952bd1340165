package id.go.bps.pst.identifiers;

/**
 * Bean Validation for {@link ValidNpwp}. Public only because Bean Validation instantiates it by reflection; use the
 * annotation.
 */
public final class NpwpValidator extends IdentifierValidator<ValidNpwp> {

    public NpwpValidator() {
        super(Npwp::evaluate);
    }
}

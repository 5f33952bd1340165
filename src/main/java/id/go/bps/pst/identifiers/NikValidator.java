package id.go.bps.pst.identifiers;

/**
 * Bean Validation for {@link ValidNik}. Public only because Bean Validation instantiates it by reflection; use the
 * annotation.
 */
public final class NikValidator extends IdentifierValidator<ValidNik> {

    public NikValidator() {
        super(Nik::evaluate);
    }
}

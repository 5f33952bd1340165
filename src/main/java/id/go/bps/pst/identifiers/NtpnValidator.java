package id.go.bps.pst.identifiers;

/**
 * Bean Validation for {@link ValidNtpn}. Public only because Bean Validation instantiates it by reflection; use the
 * annotation.
 */
public final class NtpnValidator extends IdentifierValidator<ValidNtpn> {

    public NtpnValidator() {
        super(Ntpn::evaluate);
    }
}

package id.go.bps.pst.portal.web;

import java.util.Locale;

import org.springframework.validation.Errors;

import id.go.bps.pst.customer.Registration;
import id.go.bps.pst.identifiers.EmailAddress;
import id.go.bps.pst.identifiers.IdCheck;
import id.go.bps.pst.identifiers.Nik;
import id.go.bps.pst.identifiers.Npwp;
import id.go.bps.pst.tariff.CustomerSegment;

/**
 * The registration form as typed (kept whole when it is shown again). The rules: a NIK for residents of Indonesia,
 * a passport number abroad; an NPWP for the private segment at home (seed 000); a password of at least 8 characters.
 */
public class RegistrationForm {

    static final int MIN_PASSWORD = 8;

    private String email;
    private String password;
    private String passwordAgain;
    private String displayName;
    private CustomerSegment segment;
    private String institution;
    private String countryCode = "ID";
    private String identityNumber;
    private String npwp;

    /** Adds a message next to every field that breaks a rule. */
    void check(Errors errors) {
        IdCheck mail = EmailAddress.check(email);
        if (!mail.valid()) {
            errors.rejectValue("email", "portal.text", new Object[] {PortalFormat.english()
                    ? mail.message().en() : mail.message().id()}, null);
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.rejectValue("password", "portal.password.short");
        } else if (!password.equals(passwordAgain)) {
            errors.rejectValue("passwordAgain", "portal.password.mismatch");
        }
        if (blank(displayName)) {
            errors.rejectValue("displayName", "portal.required");
        }
        if (segment == null) {
            errors.rejectValue("segment", "portal.segment.required");
        }
        if (blank(countryCode) || !countryCode.trim().matches("[A-Za-z]{2}")) {
            errors.rejectValue("countryCode", "portal.country.invalid");
        } else if (domestic()) {
            reject(errors, "identityNumber", Nik.check(identityNumber));
        } else if (blank(identityNumber) || !identityNumber.trim().matches("[A-Za-z0-9]{5,20}")) {
            errors.rejectValue("identityNumber", "portal.passport.invalid");
        }
        if (segment == CustomerSegment.PRIVATE && domestic() && blank(npwp)) {
            errors.rejectValue("npwp", "portal.npwp.required");
        } else if (!blank(npwp)) {
            reject(errors, "npwp", Npwp.check(npwp));
        }
    }

    Registration toRegistration() {
        String country = countryCode.trim().toUpperCase(Locale.ROOT);
        String identity = domestic() ? Nik.check(identityNumber).normalized() : identityNumber.trim();
        String taxNumber = blank(npwp) ? null : Npwp.check(npwp).normalized();
        return new Registration(email, password, displayName, segment, institution, domestic() ? "NIK" : "PASSPORT",
                identity, taxNumber, country);
    }

    private boolean domestic() {
        return countryCode != null && "ID".equalsIgnoreCase(countryCode.trim());
    }

    private static void reject(Errors errors, String field, IdCheck check) {
        if (!check.valid()) {
            errors.rejectValue(field, "portal.text",
                    new Object[] {PortalFormat.english() ? check.message().en() : check.message().id()}, null);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public CustomerSegment getSegment() { return segment; }
    public void setSegment(CustomerSegment segment) { this.segment = segment; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getIdentityNumber() { return identityNumber; }
    public void setIdentityNumber(String identityNumber) { this.identityNumber = identityNumber; }
    public String getNpwp() { return npwp; }
    public void setNpwp(String npwp) { this.npwp = npwp; }
}

package id.go.bps.pst.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;

import id.go.bps.pst.tariff.CustomerSegment;

/** The registration rules: NIK at home, passport abroad, NPWP for the private segment at home, an 8-letter password. */
class RegistrationFormTest {

    @ParameterizedTest(name = "{0} {1} id={2} npwp={3} pw={4} -> {5}")
    @CsvSource(nullValues = "-", value = {
            "INDIVIDUAL, ID, 3374014507900002, -,                rahasia-123, -",
            "INDIVIDUAL, ID, 12345,            -,                rahasia-123, identityNumber",
            "INDIVIDUAL, AU, PA1234567,        -,                rahasia-123, -",
            "INDIVIDUAL, AU, P1,               -,                rahasia-123, identityNumber",
            "PRIVATE,    ID, 3374014507900002, -,                rahasia-123, npwp",
            "PRIVATE,    ID, 3374014507900002, 0012345678901000, rahasia-123, -",
            "PRIVATE,    AU, PA1234567,        -,                rahasia-123, -",
            "INDIVIDUAL, ID, 3374014507900002, -,                pendek,      password",
            "INDIVIDUAL, I,  3374014507900002, -,                rahasia-123, countryCode",
    })
    void rules(CustomerSegment segment, String country, String identity, String npwp, String password,
               String wrongField) {
        RegistrationForm form = new RegistrationForm();
        form.setEmail("rina@contoh.ac.id");
        form.setDisplayName("Rina");
        form.setSegment(segment);
        form.setCountryCode(country);
        form.setIdentityNumber(identity);
        form.setNpwp(npwp);
        form.setPassword(password);
        form.setPasswordAgain(password);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

        form.check(errors);

        if (wrongField == null) {
            assertThat(errors.getAllErrors()).isEmpty();
            assertThat(form.toRegistration().identityKind()).isEqualTo("ID".equals(country) ? "NIK" : "PASSPORT");
        } else {
            assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly(wrongField);
        }
    }
}

package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.platform.Message;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierAnnotationsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static ValidatorFactory factory;

    record Customer(@ValidNik String nik, @ValidNpwp String npwp, @ValidEmail String email,
                    @ValidBillingCode String billingCode, @ValidNtpn String ntpn) {

        static Customer with(String field, String value) {
            return new Customer(field.equals("nik") ? value : null, field.equals("npwp") ? value : null,
                    field.equals("email") ? value : null, field.equals("billingCode") ? value : null,
                    field.equals("ntpn") ? value : null);
        }
    }

    record Recipients(List<@ValidEmail String> emails) {
    }

    @BeforeAll
    static void openFactory() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nik         | 330101150885000      | nik.length          | NIK must have 16 digits; you entered 15.                                | NIK harus 16 angka; Anda memasukkan 15.
            nik         | 3301011513850001     | nik.month           | NIK digits 9-10 (13) are not a month of birth: use 01-12.               | Angka ke-9 dan ke-10 NIK (13) bukan bulan lahir: gunakan 01-12.
            nik         | 33010115088500{1     | nik.digits          | NIK may contain only digits 0-9; character 15 is "{".                   | NIK hanya boleh berisi angka 0-9; karakter ke-15 adalah "{".
            nik         | 3301015508850$01     | nik.digits          | NIK may contain only digits 0-9; character 14 is "$".                   | NIK hanya boleh berisi angka 0-9; karakter ke-14 adalah "$".
            npwp        | 01.234.567.8-901.00  | npwp.length         | NPWP must have 16 digits (or 15 for an old NPWP); you entered 14 digits. | NPWP harus 16 angka (atau 15 angka untuk NPWP lama); Anda memasukkan 14 angka.
            email       | a@b                  | email.domain        | After the @ there must be a full domain with a dot, e.g. name@example.co.id. | Setelah @ harus ada domain lengkap dengan titik, misalnya nama@contoh.co.id.
            email       | '   '                | email.blank         | Enter an active e-mail address, e.g. name@example.co.id.                | Isi alamat email yang aktif, misalnya nama@contoh.co.id.
            billingCode | 82025012345678       | billing-code.length | A billing code must have 15 digits; you entered 14.                     | Kode billing harus 15 angka; Anda memasukkan 14.
            ntpn        | A1B2-C3D4E5F6G7H8    | ntpn.characters     | NTPN may contain only letters A-Z and digits 0-9; character 5 is "-".   | NTPN hanya boleh berisi huruf A-Z dan angka 0-9; karakter ke-5 adalah "-".
            """)
    void invalidField_violationNamesThePreciseReasonInBothLanguages(String field, String value, String code,
                                                                    String english, String indonesian) {
        Customer customer = Customer.with(field, value);

        ConstraintViolation<Customer> inEnglish = onlyViolation(validatorIn(Locale.ENGLISH).validate(customer));
        ConstraintViolation<Customer> inIndonesian = onlyViolation(validatorIn(INDONESIAN).validate(customer));

        assertThat(inEnglish.getPropertyPath()).hasToString(field);
        assertThat(inEnglish.getMessageTemplate()).isEqualTo("{pst.identifiers." + code + "}");
        assertThat(inEnglish.getMessage()).isEqualTo(english);
        assertThat(inIndonesian.getMessage()).isEqualTo(indonesian);
        assertThat(checkOf(field).apply(value).message()).isEqualTo(Message.of(indonesian, english));
    }

    @Test
    void validAndNullFields_haveNoViolations() {
        Customer valid = new Customer("3301015508850002", "01.234.567.8-901.000", "budi@bps.go.id",
                "820250123456789", "a1b2c3d4e5f6g7h8");
        Customer empty = new Customer(null, null, null, null, null);

        assertThat(validatorIn(Locale.ENGLISH).validate(valid)).isEmpty();
        assertThat(validatorIn(Locale.ENGLISH).validate(empty)).isEmpty();
    }

    @Test
    void emailsInAList_areEachValidated() {
        Set<ConstraintViolation<Recipients>> violations = validatorIn(Locale.ENGLISH)
                .validate(new Recipients(List.of("budi@bps.go.id", "siti@bps")));

        assertThat(onlyViolation(violations).getPropertyPath()).hasToString("emails[1].<list element>");
    }

    @Test
    void englishRequest_onServerWithIndonesianDefaultLocale_staysEnglish() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("id-ID"));
            ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
            ResourceBundle.clearCache(getClass().getClassLoader());

            ConstraintViolation<Customer> violation = onlyViolation(
                    validatorIn(Locale.ENGLISH).validate(Customer.with("nik", "330101150885000")));

            assertThat(violation.getMessage()).isEqualTo("NIK must have 16 digits; you entered 15.");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    private static Validator validatorIn(Locale locale) {
        return factory.usingContext()
                .messageInterpolator(new FixedLocale(new ResourceBundleMessageInterpolator(), locale))
                .getValidator();
    }

    private static <T> ConstraintViolation<T> onlyViolation(Set<ConstraintViolation<T>> violations) {
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    private static Function<String, IdCheck> checkOf(String field) {
        return switch (field) {
            case "nik" -> Nik::check;
            case "npwp" -> Npwp::check;
            case "email" -> EmailAddress::check;
            case "billingCode" -> BillingCode::check;
            case "ntpn" -> Ntpn::check;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Interpolates in one locale, as a request in that language would. */
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale requested) {
            return delegate.interpolate(template, context, requested);
        }
    }
}

package id.go.bps.pst.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The data-use abstract's rules: every field required when an abstract is given, and the length limits. */
class AbstractFieldsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static Stream<Arguments> cases() {
        String title = "x".repeat(AbstractFields.TITLE_MAX);
        String text = "x".repeat(AbstractFields.TEXT_MAX);
        return Stream.of(
                Arguments.of("complete", complete(), Set.of()),
                Arguments.of("longest allowed", new AbstractFields(title, text, text, text, text), Set.of()),
                Arguments.of("no title", with(null, "title"), Set.of("title:{pst.request.abstract.title.required}")),
                Arguments.of("blank background", with("  ", "background"),
                        Set.of("background:{pst.request.abstract.background.required}")),
                Arguments.of("empty methodology", with("", "methodology"),
                        Set.of("methodology:{pst.request.abstract.methodology.required}")),
                Arguments.of("no data rationale", with(null, "dataRationale"),
                        Set.of("dataRationale:{pst.request.abstract.dataRationale.required}")),
                Arguments.of("no expected output", with(null, "expectedOutput"),
                        Set.of("expectedOutput:{pst.request.abstract.expectedOutput.required}")),
                Arguments.of("title too long", with(title + "x", "title"),
                        Set.of("title:{pst.request.abstract.tooLong}")),
                Arguments.of("rationale too long", with(text + "x", "dataRationale"),
                        Set.of("dataRationale:{pst.request.abstract.tooLong}")),
                Arguments.of("nothing typed", new AbstractFields(null, null, null, null, null), Set.of(
                        "title:{pst.request.abstract.title.required}",
                        "background:{pst.request.abstract.background.required}",
                        "methodology:{pst.request.abstract.methodology.required}",
                        "dataRationale:{pst.request.abstract.dataRationale.required}",
                        "expectedOutput:{pst.request.abstract.expectedOutput.required}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void abstract_isCheckedFieldByField(String name, AbstractFields fields, Set<String> expected) {
        Set<String> found = new java.util.HashSet<>();
        for (ConstraintViolation<AbstractFields> v : VALIDATOR.validate(fields)) {
            found.add(v.getPropertyPath() + ":" + v.getMessageTemplate());
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void messages_sayWhatToDo_inIndonesianAndEnglish() {
        AbstractFields tooLong = with("x".repeat(AbstractFields.TEXT_MAX + 1), "methodology");
        assertThat(message(with(null, "title"), Locale.forLanguageTag("id"))).startsWith("Isi judul penelitian");
        assertThat(message(with(null, "title"), Locale.ENGLISH)).startsWith("Give the title of the research");
        assertThat(message(tooLong, Locale.forLanguageTag("id"))).isEqualTo("Isian ini paling banyak 4000 karakter.");
        assertThat(message(tooLong, Locale.ENGLISH)).isEqualTo("Keep this field under 4000 characters.");
    }

    @Test
    void nothingTyped_isNoAbstract_anythingTyped_isOne() {
        assertThat(new AbstractFields(null, " ", "", null, null).isEmpty()).isTrue();
        assertThat(with(null, "title").isEmpty()).isFalse();
        assertThat(new AbstractFields(null, null, null, null, "skripsi").isEmpty()).isFalse();
    }

    private static String message(AbstractFields fields, Locale locale) {
        ResourceBundleLocator bundles = new PlatformResourceBundleLocator("ValidationMessages");
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new FixedLocale(new ResourceBundleMessageInterpolator(bundles), locale))
                .buildValidatorFactory()) {
            List<ConstraintViolation<AbstractFields>> violations = List.copyOf(factory.getValidator().validate(fields));
            assertThat(violations).hasSize(1);
            return violations.get(0).getMessage();
        }
    }

    static AbstractFields complete() {
        return new AbstractFields("Kemiskinan rumah tangga di Jawa Tengah 2024",
                "Mengukur determinan kemiskinan rumah tangga untuk skripsi.",
                "Regresi logistik pada data rumah tangga.",
                "R101 (provinsi) dan R407 (umur) di wilayah 33 untuk memilah rumah tangga Jawa Tengah menurut umur.",
                "Skripsi S1 dan satu artikel jurnal.");
    }

    private static AbstractFields with(String value, String field) {
        AbstractFields c = complete();
        return new AbstractFields(field.equals("title") ? value : c.title(),
                field.equals("background") ? value : c.background(),
                field.equals("methodology") ? value : c.methodology(),
                field.equals("dataRationale") ? value : c.dataRationale(),
                field.equals("expectedOutput") ? value : c.expectedOutput());
    }

    /** Interpolates in one locale, as a request in that language would. */
    private record FixedLocale(jakarta.validation.MessageInterpolator delegate, Locale locale)
            implements jakarta.validation.MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}

package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidationMessagesBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{[A-Za-z]+}");

    @Test
    void englishAndIndonesianBundles_haveExactlyTheSameKeys() throws IOException {
        Set<String> english = load("ValidationMessages.properties").stringPropertyNames();
        Set<String> indonesian = load("ValidationMessages_id.properties").stringPropertyNames();

        assertThat(english).isNotEmpty();
        assertThat(new TreeSet<>(indonesian)).containsExactlyElementsOf(new TreeSet<>(english));
    }

    @Test
    void eachIndonesianText_usesTheSameParametersAsItsEnglishText() throws IOException {
        Properties english = load("ValidationMessages.properties");
        Properties indonesian = load("ValidationMessages_id.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(parameters(indonesian.getProperty(key))).as(key)
                    .isEqualTo(parameters(english.getProperty(key)));
        }
    }

    @Test
    void texts_avoidCharactersHibernateValidatorInterprets() throws IOException {
        for (String file : new String[] {"ValidationMessages.properties", "ValidationMessages_id.properties"}) {
            load(file).forEach((key, text) -> assertThat(text.toString()).as(file + " " + key)
                    .doesNotContain("$", "\\").matches("\\p{ASCII}+"));
        }
    }

    @Test
    void englishLocaleBundle_staysEmptySoTheBaseBundleIsTheOnlyEnglish() throws IOException {
        assertThat(load("ValidationMessages_en.properties")).isEmpty();
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesBundlesTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}

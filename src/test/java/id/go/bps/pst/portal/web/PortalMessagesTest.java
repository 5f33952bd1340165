package id.go.bps.pst.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The customer pages say everything in both languages: the Indonesian and English message files have the same keys. */
class PortalMessagesTest {

    @Test
    void indonesianAndEnglish_haveTheSameKeys() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        assertThat(indonesian.getProperty("product.addToCart")).isEqualTo("Masukkan Keranjang");
    }

    private Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}

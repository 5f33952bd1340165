package id.go.bps.pst.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Indonesian Tasklist (locales/id.json next to Camunda's en.json, chosen by our scripts/config.js) translates
 * every string the webapp of this Camunda version has, so an upgrade that adds strings fails here, not in front of
 * an officer.
 */
class TasklistLocaleTest {

    private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";

    @Test
    void indonesian_hasEveryLabelOfTheEnglishFile_translated() throws IOException {
        JsonNode english = read(TASKLIST + "locales/en.json").get("labels");
        JsonNode indonesian = read(TASKLIST + "locales/id.json").get("labels");

        int same = 0;
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            assertThat(indonesian.has(key)).as("id.json has " + key).isTrue();
            same += english.get(key).asText().equals(indonesian.get(key).asText()) ? 1 : 0;
        }
        assertThat(indonesian.size()).isEqualTo(english.size());
        // Only names and symbols stay as they are (Camunda, Cockpit, Boolean, <, >=...).
        assertThat(same).isLessThan(english.size() / 10);
        assertThat(indonesian.get("CLAIM_TASK").asText()).isEqualTo("Ambil tugas");
        assertThat(read(TASKLIST + "locales/id.json").at("/dateLocales/months/0").asText()).isEqualTo("Januari");
    }

    @Test
    void config_makesIndonesianTheDefault() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TASKLIST + "scripts/config.js")) {
            assertThat(in).as("our config.js on the classpath").isNotNull();
            String config = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(config).contains("availableLocales: [language]", "'en' ? 'en' : 'id'");
        }
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(text);
        }
    }
}

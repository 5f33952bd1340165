package id.go.bps.pst.identifiers;

import id.go.bps.pst.platform.Message;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the messages of {@link IdCheck} from the Bean Validation bundles, so each text exists once. The no-fallback
 * control matters: plain {@code getBundle} would fall back to the JVM's default locale and could answer Indonesian
 * for English on a server set to {@code id_ID}.
 */
final class IdentifierTexts {

    static final String BUNDLE = "ValidationMessages";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ENGLISH_TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle INDONESIAN_TEXTS = ResourceBundle.getBundle(BUNDLE, INDONESIAN, NO_FALLBACK);

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    private IdentifierTexts() {
    }

    static Message message(String code, Map<String, String> args) {
        String key = Verdict.KEY_PREFIX + code;
        return Message.of(fill(INDONESIAN_TEXTS.getString(key), args), fill(ENGLISH_TEXTS.getString(key), args));
    }

    /** Replaces {@code {name}} in one pass, as Hibernate Validator does with message parameters. */
    private static String fill(String text, Map<String, String> args) {
        return PARAMETER.matcher(text).replaceAll(
                found -> Matcher.quoteReplacement(args.getOrDefault(found.group(1), found.group())));
    }
}

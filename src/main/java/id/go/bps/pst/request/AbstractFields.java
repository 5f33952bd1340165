package id.go.bps.pst.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The data-use abstract ("abstraksi penggunaan data", seed 004 step 3) typed in the request form, so the officer can
 * check it against the variables and regions requested (step 4). BPS does not publish the abstract's fields; these
 * follow the NADA licensed-request form (domain.md). Required for microdata and maps (the quote then asks for the
 * abstract), optional for publications; when given, it is given whole.
 *
 * @param title          the research or activity the data is for
 * @param background     background and objective: why the data is needed
 * @param methodology    the methodology or analysis planned with the data
 * @param dataRationale  the variables and regions used, and why each is needed
 * @param expectedOutput what the use produces (a thesis, a paper, a policy brief...)
 */
public record AbstractFields(
        @NotBlank(message = "{pst.request.abstract.title.required}")
        @Size(max = TITLE_MAX, message = "{pst.request.abstract.tooLong}") String title,
        @NotBlank(message = "{pst.request.abstract.background.required}")
        @Size(max = TEXT_MAX, message = "{pst.request.abstract.tooLong}") String background,
        @NotBlank(message = "{pst.request.abstract.methodology.required}")
        @Size(max = TEXT_MAX, message = "{pst.request.abstract.tooLong}") String methodology,
        @NotBlank(message = "{pst.request.abstract.dataRationale.required}")
        @Size(max = TEXT_MAX, message = "{pst.request.abstract.tooLong}") String dataRationale,
        @NotBlank(message = "{pst.request.abstract.expectedOutput.required}")
        @Size(max = TEXT_MAX, message = "{pst.request.abstract.tooLong}") String expectedOutput) {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    /** Nothing typed at all (a form that was not filled in): the same as no abstract. */
    public boolean isEmpty() {
        return blank(title) && blank(background) && blank(methodology) && blank(dataRationale)
                && blank(expectedOutput);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package id.go.bps.pst.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            budi@bps.go.id                 | budi@bps.go.id
            `  budi@bps.go.id `            | budi@bps.go.id
            Nama.Pengguna@Example.CO.ID    | Nama.Pengguna@example.co.id
            siti+pst@mail.example.org      | siti+pst@mail.example.org
            o'neil@ui.ac.id                | o'neil@ui.ac.id
            """)
    void validEmail_isTrimmedWithLowerCaseDomain(String raw, String normalized) {
        IdCheck check = EmailAddress.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                     | email.blank  | Enter an active e-mail address, e.g. name@example.co.id.
            budi santoso@bps.go.id | email.spaces | An e-mail address cannot contain spaces; remove them.
            budi@bps.go.id\tx      | email.spaces | An e-mail address cannot contain spaces; remove them.
            budi.bps.go.id         | email.at     | An e-mail address must contain exactly one @; you entered 0.
            budi@bps@go.id         | email.at     | An e-mail address must contain exactly one @; you entered 2.
            budi@localhost         | email.domain | After the @ there must be a full domain with a dot, e.g. name@example.co.id.
            a@b                    | email.domain | After the @ there must be a full domain with a dot, e.g. name@example.co.id.
            @bps.go.id             | email.syntax | This is not a valid e-mail address; check it for typing errors (e.g. name@example.co.id).
            budi..s@bps.go.id      | email.syntax | This is not a valid e-mail address; check it for typing errors (e.g. name@example.co.id).
            budi@bps..go.id        | email.syntax | This is not a valid e-mail address; check it for typing errors (e.g. name@example.co.id).
            budi@.bps.go.id        | email.syntax | This is not a valid e-mail address; check it for typing errors (e.g. name@example.co.id).
            budi(at)@bps.go.id     | email.syntax | This is not a valid e-mail address; check it for typing errors (e.g. name@example.co.id).
            """)
    void invalidEmail_givesPreciseReason(String raw, String code, String english) {
        IdCheck check = EmailAddress.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.code()).isEqualTo(code);
        assertThat(check.message().en()).isEqualTo(english);
    }

    @ParameterizedTest(name = "local part {0} + domain {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            64 | 189 | ''                 | ''
            64 | 190 | email.length       | An e-mail address can have at most 254 characters; you entered 255.
            65 | 20  | email.local-length | The part before the @ can have at most 64 characters; you entered 65.
            """)
    void emailLengthLimits(int localLength, int domainLength, String code, String english) {
        String email = "a".repeat(localLength) + "@" + domainOfLength(domainLength);

        IdCheck check = EmailAddress.check(email);

        assertThat(check.valid()).isEqualTo(code.isEmpty());
        if (!code.isEmpty()) {
            assertThat(check.code()).isEqualTo(code);
            assertThat(check.message().en()).isEqualTo(english);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            budi@bps@go.id | Alamat email harus berisi tepat satu @; Anda memasukkan 2.
            a@b            | Setelah @ harus ada domain lengkap dengan titik, misalnya nama@contoh.co.id.
            """)
    void invalidEmail_explainsInIndonesian(String raw, String indonesian) {
        assertThat(EmailAddress.check(raw).message().id()).isEqualTo(indonesian);
    }

    /** A domain of exactly {@code length} characters, in labels under the 63-character DNS limit, ending in .id. */
    private static String domainOfLength(int length) {
        StringBuilder domain = new StringBuilder();
        while (domain.length() < length - 3) {
            domain.append(domain.length() % 50 == 49 ? '.' : 'b');
        }
        return domain.append(".id").toString();
    }
}

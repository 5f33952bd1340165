package id.go.bps.pst.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.go.bps.pst.customer.CustomerAccounts;
import id.go.bps.pst.customer.Registration;
import id.go.bps.pst.tariff.CustomerSegment;

/**
 * The forgotten password, as a customer goes through it: the form mails a one-time link, the link's page takes the
 * new password (refusals next to the field), the new password logs in, the old one no longer does, and the link is
 * spent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PasswordResetIT {

    private static final Pattern TOKEN = Pattern.compile("/lupa-sandi/baru\\?token=(\\S+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgottenPassword_mailedLink_setsANewOne_once() throws Exception {
        String email = "lupa-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.co.id";
        accounts.register(new Registration(email, "sandi-lama-1", "Rina Lupa", CustomerSegment.EDUCATION_DOMESTIC,
                "Universitas Contoh", "NIK", nik(), null, "ID"));
        String verify = link(email, "ACCOUNT_VERIFY_EMAIL", Pattern.compile("/daftar/verifikasi\\?token=(\\S+)"));
        mvc.perform(get("/daftar/verifikasi").param("token", verify)).andExpect(status().isOk());

        mvc.perform(post("/lupa-sandi").with(csrf()).param("email", email)).andExpect(status().isOk());
        String token = link(email, "ACCOUNT_RESET_PASSWORD", TOKEN);

        mvc.perform(get("/lupa-sandi/baru").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"password\"")));
        mvc.perform(post("/lupa-sandi/baru").with(csrf()).param("token", token).param("password", "pendek")
                .param("passwordAgain", "pendek")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("aria-invalid")));
        mvc.perform(post("/lupa-sandi/baru").with(csrf()).param("token", token).param("password", "sandi-baru-22")
                .param("passwordAgain", "sandi-baru-22")).andExpect(redirectedUrl("/masuk?reset"));

        mvc.perform(post("/masuk").with(csrf()).param("email", email).param("password", "sandi-baru-22"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/transaksi"));
        mvc.perform(post("/masuk").with(csrf()).param("email", email).param("password", "sandi-lama-1"))
                .andExpect(status().isFound()).andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).contains("/masuk"));
        assertThat(accounts.resetPassword(token, "sandi-ketiga-3")).as("a spent link").isFalse();
    }

    private static String nik() {
        return "3374" + String.format("%012d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(),
                1_000_000_000_000L));
    }

    private String link(String email, String notice, Pattern pattern) {
        List<String> bodies = jdbc.queryForList("select body_text from notification_outbox where recipient_email = ?"
                + " and notice = ? order by id desc", String.class, email, notice);
        assertThat(bodies).as(notice + " mailed to " + email).isNotEmpty();
        Matcher found = pattern.matcher(bodies.get(0));
        assertThat(found.find()).as("the link in the mail").isTrue();
        return found.group(1);
    }
}

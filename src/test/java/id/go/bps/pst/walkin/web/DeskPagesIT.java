package id.go.bps.pst.walkin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.walkin.Desk;
import id.go.bps.pst.walkin.VisitStatus;

/**
 * The officer's desk pages (queue and visit) on H2 and PostgreSQL. The database is shared with other tests: every
 * visitor is new, every test uses its own desk, and a call skips numbers other tests left waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DeskPagesIT {

    private static final AtomicInteger DESKS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Desk desk;
    @Value("${pst.staff.demo-password}")
    String password;

    @Test
    void deskPage_showsTheQueue_andCallsTheNextNumber_rememberingTheDesk() throws Exception {
        String deskName = deskName();
        long waiting = takeNumber("3300");
        String ticket = String.format("%03d", desk.visit(waiting).queueNumber());

        mvc.perform(get("/backoffice/desk/3300").with(officer("3300"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Panggil berikutnya")))
                .andExpect(content().string(containsString("<td>" + ticket + "</td>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<label for=\"desk\">Nama loket</label>")));
        mvc.perform(post("/backoffice/desk/3300/call-next").param("desk", deskName).with(officer("3300")))
                .andExpect(status().isForbidden());

        MockHttpServletResponse called = callUntil("3300", deskName, waiting);
        assertThat(called.getHeader("Set-Cookie")).contains(DeskPageController.DESK_COOKIE + "=" + deskName)
                .contains("HttpOnly");
        assertThat(desk.visit(waiting).status()).isEqualTo(VisitStatus.SERVING);

        mvc.perform(get("/backoffice/desk/3300").with(officer("3300"))
                        .cookie(new Cookie(DeskPageController.DESK_COOKIE, deskName)))
                .andExpect(content().string(containsString("value=\"" + deskName + "\"")))
                .andExpect(content().string(containsString("<td>" + deskName + "</td>")))
                .andExpect(content().string(containsString("/backoffice/desk/3300/visits/" + waiting)));
    }

    @Test
    void deskPage_refusesABadDeskName_nextToTheField_keepingIt() throws Exception {
        mvc.perform(post("/backoffice/desk/3300/call-next").param("desk", "loket satu!").with(officer("3300"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("deskName", "loket satu!"))
                .andExpect(flash().attribute("errors", java.util.Map.of("desk",
                        "Nama loket: 1 sampai 10 huruf atau angka. / A desk name is 1 to 10 letters or digits.")));
    }

    @Test
    void servedVisit_isListedWithItsWait_andWhetherTheStandardWasMet() throws Exception {
        long visit = called("3300");
        mvc.perform(post("/backoffice/desk/3300/visits/" + visit + "/finish").with(officer("3300")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/backoffice/desk/3300"));

        String page = mvc.perform(get("/backoffice/desk/3300").with(officer("3300"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String served = page.substring(page.indexOf("Sudah dilayani hari ini"));
        String row = served.substring(served.indexOf("/visits/" + visit + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(" mnt ").containsAnyOf("Terpenuhi", "Terlewati").contains("Selesai");
    }

    @Test
    void guestBook_showsEachRefusalNextToItsField_andKeepsWhatWasTyped() throws Exception {
        long visit = called("3300");
        String page = mvc.perform(post("/backoffice/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                        .with(csrf()).param("name", "Rina Lestari").param("idType", "KTP")
                        .param("idNumber", "3374011708").param("email", "rina@contoh.id")
                        .param("institution", "PT Riset Pasar"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"segment-error\"").contains("Pilih segmen pengunjung.")
                .contains("Pilih tujuan penggunaan data.").contains("value=\"Rina Lestari\"")
                .contains("value=\"3374011708\"").contains("value=\"PT Riset Pasar\"");

        page = mvc.perform(post("/backoffice/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                        .with(csrf()).param("name", "Rina Lestari").param("idType", "KTP")
                        .param("idNumber", "3374011708").param("email", email()).param("segment", "INDIVIDUAL")
                        .param("purpose", "RESEARCH"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"idNumber-error\"").contains("NIK").contains("value=\"Rina Lestari\"")
                .contains("<option value=\"INDIVIDUAL\" selected=\"selected\"");
        assertThat(desk.visit(visit).customerId()).isNull();

        mvc.perform(post("/backoffice/desk/3300/visits/" + visit + "/guest").with(officer("3300"))
                        .param("name", "Rina Lestari"))
                .andExpect(status().isForbidden());
    }

    @Test
    void returningVisitor_isFoundAndPrefilled_andNotEnteredTwice() throws Exception {
        String guestEmail = email();
        String sim = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        long first = called("3300");
        mvc.perform(post("/backoffice/desk/3300/visits/" + first + "/guest").with(officer("3300")).with(csrf())
                        .param("name", "Tamu Kembali").param("idType", "SIM").param("idNumber", sim)
                        .param("email", guestEmail).param("institution", "Universitas Contoh")
                        .param("segment", "EDUCATION_DOMESTIC").param("purpose", "RESEARCH"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/backoffice/desk/3300/visits/" + first));

        long second = called("3300");
        mvc.perform(get("/backoffice/desk/3300/visits/" + second).param("cari", "1").param("idType", "SIM")
                        .param("idNumber", sim).with(officer("3300")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pengunjung lama ditemukan: Tamu Kembali (" + guestEmail)))
                .andExpect(content().string(containsString("value=\"Universitas Contoh\"")))
                .andExpect(content().string(containsString(
                        "<option value=\"EDUCATION_DOMESTIC\" selected=\"selected\"")));
        mvc.perform(get("/backoffice/desk/3300/visits/" + second).param("cari", "1").param("email", "baru." + guestEmail)
                        .with(officer("3300")))
                .andExpect(content().string(containsString("Belum ada di buku tamu")))
                .andExpect(content().string(containsString("value=\"baru." + guestEmail + "\"")));

        mvc.perform(post("/backoffice/desk/3300/visits/" + second + "/guest").with(officer("3300")).with(csrf())
                        .param("name", "Tamu Kembali").param("idType", "SIM").param("idNumber", sim)
                        .param("email", guestEmail).param("segment", "EDUCATION_DOMESTIC").param("purpose", "RESEARCH"))
                .andExpect(status().is3xxRedirection());
        assertThat(desk.visit(second).customerId()).isNotNull().isEqualTo(desk.visit(first).customerId());
    }

    @Test
    void requestForm_findsProducts_quotesBeforeRecording_thenLinksTheTasks() throws Exception {
        long visit = called("3300");
        String base = "/backoffice/desk/3300/visits/" + visit;
        mvc.perform(post(base + "/guest").with(officer("3300")).with(csrf()).param("name", "Peneliti Uji")
                        .param("idType", "PASSPORT").param("idNumber", "X" + (1_000_000 + visit % 8_000_000))
                        .param("email", email()).param("segment", "INDIVIDUAL").param("purpose", "RESEARCH"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(officer("3300"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cari produk di katalog")));

        mvc.perform(request(base).param("action", "search").param("q", "susenas"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"MD-SUSENAS-2024-03\"")));
        mvc.perform(request(base).param("add", "MD-SUSENAS-2024-03").param("q", "susenas"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-0\" name=\"code\" value=\"MD-SUSENAS-2024-03\"")))
                .andExpect(content().string(containsString("R101 (")));

        mvc.perform(request(base).param("action", "quote").param("code", "MD-SUSENAS-2024-03", "", "")
                        .param("variables", "R101, R407", "", "").param("regions", "33", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"request-purpose-error\"")))
                .andExpect(content().string(containsString("value=\"R101, R407\"")));
        mvc.perform(request(base).param("action", "quote").param("purpose", "RESEARCH")
                        .param("code", "TIDAK-ADA-1", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"items-error\"")))
                .andExpect(content().string(containsString("TIDAK-ADA-1")));
        mvc.perform(request(base).param("action", "quote").param("purpose", "RESEARCH")
                        .param("code", "MD-SUSENAS-2024-03", "", "").param("variables", "R101, R407", "", "")
                        .param("regions", "33", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tarif PNBP dan dokumen wajib")))
                .andExpect(content().string(containsString("id=\"quote-total\"")))
                .andExpect(content().string(containsString("Abstraksi")))
                .andExpect(content().string(containsString("value=\"record\"")));
        assertThat(desk.nextStep("3300", visit).name()).isEqualTo("REQUEST");

        Quote quote = (Quote) mvc.perform(request(base).param("action", "record").param("purpose", "RESEARCH")
                        .param("code", "MD-SUSENAS-2024-03", "", "").param("variables", "R101, R407", "", "")
                        .param("regions", "33", "", ""))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", base))
                .andReturn().getFlashMap().get("quote");
        assertThat(quote.total()).isPositive();
        assertThat(quote.documentsRequired()).anySatisfy(d -> assertThat(d.code()).isEqualTo("ABSTRACT"));

        mvc.perform(get(base).with(officer("3300"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/camunda/app/tasklist/default/#/?task=")))
                .andExpect(content().string(containsString("Periksa kelengkapan dan kesesuaian dokumen")))
                .andExpect(content().string(not(containsString("Cari produk di katalog"))));
    }

    @Test
    void staffOfAnotherOffice_getAForbiddenPage_strangersTheLogin() throws Exception {
        long visit = called("3300");
        mvc.perform(get("/backoffice/desk/3300").with(officer("7500"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Hanya petugas kantor 3300")))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(get("/backoffice/desk/3300/visits/" + visit).with(officer("7500")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/backoffice/desk/3300/call-next").with(officer("7500")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/backoffice/desk/7500/visits/" + visit).with(officer("7500")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("tidak ditemukan")));
        mvc.perform(get("/backoffice/desk/3300")).andExpect(status().isUnauthorized());
        mvc.perform(get("/backoffice/desk/3300").with(httpBasic("koordinator3300", password)))
                .andExpect(status().isOk());
    }

    @Test
    void belitungTimur_greetsAVisitor_straightToTheGuestBook() throws Exception {
        mvc.perform(get("/backoffice/desk/1906").with(officer("1906"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sapa pengunjung")))
                .andExpect(content().string(containsString("/backoffice/desk/1906/greet")))
                .andExpect(content().string(not(containsString("Panggil berikutnya"))));
        String location = mvc.perform(post("/backoffice/desk/1906/greet").param("desk", deskName())
                        .with(officer("1906")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long visit = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(officer("1906"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Buku tamu")))
                .andExpect(content().string(containsString("KUNJUNGAN-" + visit)));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder request(String base) {
        return post(base + "/request").with(officer("3300")).with(csrf());
    }

    /** A new number of the office, called to a desk of its own through the page. */
    private long called(String office) throws Exception {
        long visit = takeNumber(office);
        callUntil(office, deskName(), visit);
        return visit;
    }

    private long takeNumber(String office) throws Exception {
        String taken = mvc.perform(post("/api/desk/" + office + "/queue").with(officer(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(taken, "$.id")).longValue();
    }

    /** Presses "Panggil berikutnya" until this visit comes (older numbers of other tests are called first). */
    private MockHttpServletResponse callUntil(String office, String deskName, long visit) throws Exception {
        for (int i = 0; i < 200; i++) {
            MockHttpServletResponse response = mvc.perform(post("/backoffice/desk/" + office + "/call-next")
                            .param("desk", deskName).with(officer(office)).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse();
            if (("/backoffice/desk/" + office + "/visits/" + visit).equals(response.getRedirectedUrl())) {
                return response;
            }
        }
        throw new AssertionError("visit " + visit + " was never called");
    }

    private RequestPostProcessor officer(String office) {
        return httpBasic("petugas" + office, password);
    }

    private static String deskName() {
        return "P" + (System.nanoTime() % 100_000) + DESKS.incrementAndGet();
    }

    private static String email() {
        return "tamu.halaman." + System.nanoTime() + "@contoh.ac.id";
    }
}

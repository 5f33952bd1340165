package id.go.bps.pst.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A whole online microdata sale in a real browser: a new customer registers (the verification link read from the
 * outbox), finds a Susenas set by the catalogue filters, orders it with an abstract, accepts the offer, pays through
 * the SIMPONI simulator, uploads the signed SPPD, downloads the product and rates; in between the officer works in
 * Tasklist, claiming and completing each task through its Camunda Form, with the files on the back-office page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CustomerPortalBrowserIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${pst.staff.demo-password}")
    String staffPassword;
    @Value("${pst.customer.demo-password}")
    String customerPassword;

    Browser browser;
    SaleBackstage backstage;

    @BeforeEach
    void open(TestInfo test) {
        browser = Browser.open(port, test.getTestMethod().orElseThrow().getName());
        backstage = new SaleBackstage(runtime, management, tasks, jdbc);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void newCustomer_ordersMicrodata_officerWorksInTasklist_customerPaysSignsDownloadsAndRates() {
        String email = "peneliti." + System.nanoTime() + "@contoh.ac.id";
        Page customer = browser.person(true);
        register(customer, email);
        login(customer, email, "rahasia-123");

        String number = orderSusenas(customer);
        assertThat(customer.locator("#status")).containsText("Dokumen sedang diperiksa");

        Tasklist officer = Tasklist.login(browser, "petugas3300", staffPassword);
        officer.open(number, backstage.openTask(number, "UserTask_CheckDocuments"), "check-documents")
                .choose("Lengkap dan sesuai: lanjut ke penawaran").complete("check-documents-done");
        Page office = officer.backoffice(number);
        Tasklist.upload(browser, office, "Contoh data", "contoh-susenas.csv",
                "R101,R407\n33,25\n".getBytes(StandardCharsets.UTF_8));
        officer.open(number, backstage.openTask(number, "UserTask_PrepareOffer"), "prepare-offer")
                .tick("Invoice (dan untuk data mikro/peta: contoh data dan SPPD) sudah siap di halaman back-office")
                .complete("prepare-offer-done");
        backstage.runJobs(number);

        transaction(customer, number, "offer");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Setujui penawaran")).click();
        backstage.runJobs(number);
        transaction(customer, number, "billing-code");
        assertThat(customer.locator("#billing-code")).hasText(java.util.regex.Pattern.compile("\\d{15}"));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bayar (simulator SIMPONI)")).click();
        backstage.runJobs(number);
        transaction(customer, number, "paid");
        assertThat(customer.locator("#paid")).hasText("Lunas");
        customer.getByLabel("Berkas").setInputFiles(new FilePayload("sppd-ditandatangani.pdf", "application/pdf", PDF));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah")).click();
        assertThat(customer.locator(".notice")).containsText("Tersimpan");
        browser.shoot(customer, "sppd-uploaded");

        officer.open(number, backstage.openTask(number, "UserTask_VerifyAgreement"), "verify-agreement")
                .fill("Jumlah rangkap diterima", "2").choose("Meterai tempel Rp10.000")
                .choose("Sah: SPPD diterima").complete("verify-agreement-done");
        Tasklist.upload(browser, officer.backoffice(number), "Berkas produk", "susenas-2024-03-jateng.csv",
                "R101,R407\n33,25\n33,41\n".getBytes(StandardCharsets.UTF_8));
        officer.open(number, backstage.openTask(number, "UserTask_DeliverProduct"), "deliver-product")
                .tick("Semua berkas produk sudah diunggah dan diperiksa").complete("deliver-product-done");
        backstage.runJobs(number);

        transaction(customer, number, "delivered");
        Download product = customer.waitForDownload(() -> customer.locator("a[data-kind=PRODUCT_FILE]").click());
        assertThat(read(product)).contains("33,41");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terima produk")).click();
        backstage.runJobs(number);
        transaction(customer, number, "accepted");
        customer.getByLabel("Nilai layanan (1–5)").selectOption("5");
        customer.getByLabel("Saran dan masukan").fill("Cepat dan jelas");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim penilaian")).click();
        backstage.runJobs(number);
        transaction(customer, number, "done");
        assertThat(customer.locator("#status")).hasText("Selesai");

        customer.navigate(browser.url("/transaksi"));
        assertThat(customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number))).isVisible();
        browser.shoot(customer, "my-transactions");
    }


    @Test
    void customerAbroad_uploadsTransferProof_treasurerVerifiesItInTasklist() {
        Page customer = browser.person(false);
        login(customer, "researcher@example.edu.au", customerPassword);
        String number = orderSusenas(customer);
        Tasklist officer = Tasklist.login(browser, "petugas3300", staffPassword);
        officer.open(number, backstage.openTask(number, "UserTask_CheckDocuments"), "abroad-check-documents")
                .choose("Lengkap dan sesuai: lanjut ke penawaran").complete("abroad-check-documents-done");
        officer.open(number, backstage.openTask(number, "UserTask_PrepareOffer"), "abroad-prepare-offer")
                .tick("Invoice (dan untuk data mikro/peta: contoh data dan SPPD) sudah siap di halaman back-office")
                .complete("abroad-prepare-offer-done");
        backstage.runJobs(number);

        customer.navigate(browser.url("/transaksi/" + number + "?lang=en"));
        assertThat(customer.locator("html")).hasAttribute("lang", "en");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the offer")).click();
        backstage.runJobs(number);
        transaction(customer, number, "abroad-waiting-transfer");
        assertThat(customer.locator("#billing-code")).hasCount(0);
        customer.getByLabel("File").first().setInputFiles(new FilePayload("swift.pdf", "application/pdf", PDF));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload").setExact(true)).first()
                .click();
        assertThat(customer.locator(".notice")).hasText("Saved.");
        backstage.runJobs(number);
        transaction(customer, number, "abroad-transfer-uploaded");
        assertThat(customer.locator("#status")).containsText("The treasurer is checking the transfer proof");

        Tasklist treasurer = Tasklist.login(browser, "bendahara3300", staffPassword);
        treasurer.open("Pembayaran untuk diverifikasi", number, backstage.openTask(number, "UserTask_VerifyTransfer"),
                        "verify-transfer")
                .choose("Sah: dana diterima sesuai tagihan").complete("verify-transfer-done");
        backstage.runJobs(number);
        transaction(customer, number, "abroad-paid");
        assertThat(customer.locator("#paid")).hasText("Paid");
    }

    /** Every customer form: a message right next to the wrong field, and everything typed is still there. */
    @Test
    void badInput_onEveryForm_showsAMessageNextToTheField_andKeepsWhatWasTyped() {
        Page customer = browser.person(true);
        customer.navigate(browser.url("/daftar"));
        customer.getByLabel("Email").fill("bukan-email");
        customer.getByLabel("Nama lengkap").fill("Andi Salah Ketik");
        customer.getByLabel("Segmen pelanggan").selectOption("PRIVATE");
        customer.getByLabel("Instansi / lembaga").fill("CV Data Salah");
        customer.getByLabel("NIK (di Indonesia) atau nomor paspor (luar negeri)").fill("12345");
        customer.getByLabel("Kata sandi (minimal 8 karakter)").fill("pendek");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftar")).click();
        browser.shoot(customer, "register-errors");
        assertThat(customer.locator("#email-error")).isVisible();
        assertThat(customer.locator("#identityNumber-error")).containsText("16");
        assertThat(customer.locator("#npwp-error")).containsText("NPWP");
        assertThat(customer.locator("#password-error")).containsText("8");
        assertThat(customer.getByLabel("Email")).hasAttribute("aria-invalid", "true");
        assertThat(customer.getByLabel("Email")).hasValue("bukan-email");
        assertThat(customer.getByLabel("Nama lengkap")).hasValue("Andi Salah Ketik");
        assertThat(customer.getByLabel("Instansi / lembaga")).hasValue("CV Data Salah");
        assertThat(customer.getByLabel("Segmen pelanggan")).hasValue("PRIVATE");
        assertThat(customer.getByLabel("NIK (di Indonesia) atau nomor paspor (luar negeri)")).hasValue("12345");

        customer.navigate(browser.url("/masuk"));
        customer.getByLabel("Email").fill("budi@contoh.co.id");
        customer.getByLabel("Kata sandi").fill("salah-sandi");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        assertThat(customer.locator("#login-error")).hasText("Email atau kata sandi salah.");
        assertThat(customer.getByLabel("Email")).hasValue("budi@contoh.co.id");
        browser.shoot(customer, "login-error");

        customer.navigate(browser.url("/lupa-sandi"));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim tautan")).click();
        assertThat(customer.locator("#email-error")).isVisible();

        customer.navigate(browser.url("/katalog"));
        customer.getByLabel("Survei (data mikro)").fill("SUSENAS");
        customer.getByLabel("Tahun data (data mikro)").fill("dua ribu");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
        assertThat(customer.locator("#dataYear-error")).containsText("empat digit");
        assertThat(customer.getByLabel("Survei (data mikro)")).hasValue("SUSENAS");
        assertThat(customer.getByLabel("Tahun data (data mikro)")).hasValue("dua ribu");
        browser.shoot(customer, "catalog-error");

        login(customer, "researcher@example.edu.au", customerPassword);
        customer.navigate(browser.url("/katalog/MD-SUSENAS-2024-03"));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masukkan Keranjang")).click();
        customer.getByLabel("Tujuan penggunaan data").last().selectOption("");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan permintaan")).click();
        assertThat(customer.locator("#purpose-error")).isVisible();
        customer.getByLabel("Tujuan penggunaan data").last().selectOption("RESEARCH");
        customer.getByLabel("Kantor yang melayani").selectOption("3300");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan permintaan")).click();
        assertThat(customer.locator("#ABSTRACT-error")).hasText("Unggah dokumen ini.");
        assertThat(customer.locator("#abstract-title-error")).containsText("Isi judul penelitian");
        assertThat(customer.getByLabel("Kantor yang melayani")).hasValue("3300");
        assertThat(customer.getByLabel("Tujuan penggunaan data").last()).hasValue("RESEARCH");
        browser.shoot(customer, "cart-errors");
        fillAbstract(customer);
        customer.getByLabel("Abstraksi penggunaan data (PDF)").setInputFiles(
                new FilePayload("abstraksi.pdf", "application/pdf", PDF));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan permintaan")).click();
        String number = customer.locator("h1").textContent().trim();

        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim pengaduan")).click();
        assertThat(customer.locator("#complaint-error")).hasText("Wajib diisi.");
        backstage.completeAsOfficer(number, "UserTask_CheckDocuments", java.util.Map.of("documentCheck", "COMPLETE"));
        backstage.completeAsOfficer(number, "UserTask_PrepareOffer", java.util.Map.of("offerDocumentsReady", true));
        customer.navigate(browser.url("/transaksi/" + number));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan perbaikan penawaran")).click();
        assertThat(customer.locator("#reason-error")).hasText("Wajib diisi.");
        browser.shoot(customer, "offer-correction-error");
        customer.getByLabel("Alasan perbaikan").fill("x".repeat(2001));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan perbaikan penawaran")).click();
        assertThat(customer.locator("#reason-error")).containsText("2000");
        assertThat(customer.getByLabel("Alasan perbaikan")).hasValue("x".repeat(2001));
    }

    private void register(Page customer, String email) {
        customer.navigate(browser.url("/daftar"));
        customer.getByLabel("Email").fill(email);
        customer.getByLabel("Nama lengkap").fill("Rina Peneliti");
        customer.getByLabel("Segmen pelanggan").selectOption("INDIVIDUAL");
        customer.getByLabel("Instansi / lembaga").fill("Lembaga Riset Contoh");
        customer.getByLabel("NIK (di Indonesia) atau nomor paspor (luar negeri)").fill("3374014507900002");
        customer.getByLabel("Kata sandi (minimal 8 karakter)").fill("rahasia-123");
        customer.getByLabel("Ulangi kata sandi").fill("rahasia-123");
        browser.shoot(customer, "register");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftar")).click();
        assertThat(customer.locator("h1")).hasText("Periksa email Anda");
        browser.shoot(customer, "register-sent");
        customer.navigate(browser.url(backstage.mailedLink(email, "ACCOUNT_VERIFY_EMAIL")));
        assertThat(customer.locator(".notice")).containsText("terverifikasi");
    }

    private void login(Page customer, String email, String password) {
        customer.navigate(browser.url("/masuk?lang=id"));
        customer.getByLabel("Email").fill(email);
        customer.getByLabel("Kata sandi").fill(password);
        browser.shoot(customer, "login");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk").setExact(true)).click();
        assertThat(customer.locator("h1")).hasText("Transaksi Saya");
        browser.shoot(customer, "my-transactions-after-login");
    }

    /** Catalogue filters, the metadata tabs, the choice of variables and region, the cart, the request form. */
    private String orderSusenas(Page customer) {
        customer.navigate(browser.url("/katalog"));
        customer.getByLabel("Jenis produk").selectOption("MICRODATA");
        customer.getByLabel("Survei (data mikro)").fill("SUSENAS");
        customer.getByLabel("Tahun data (data mikro)").fill("2024");
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
        browser.shoot(customer, "catalog-filtered");
        customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maret 2024")).first().click();
        customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kamus data")).click();
        assertThat(customer.locator("table")).containsText("R407");
        browser.shoot(customer, "product-dictionary");
        customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Persyaratan")).click();
        browser.shoot(customer, "product-requirements");
        customer.locator("input[name=variables][value=R101]").check();
        customer.locator("input[name=variables][value=R407]").check();
        customer.locator("input[name=regions][value='33']").check();
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masukkan Keranjang")).click();

        assertThat(customer.locator("#regulation")).containsText("13");
        browser.shoot(customer, "cart");
        customer.getByLabel("Tujuan penggunaan data").last().selectOption("RESEARCH");
        customer.getByLabel("Kantor yang melayani").selectOption("3300");
        fillAbstract(customer);
        customer.getByLabel("Abstraksi penggunaan data (PDF)").setInputFiles(
                new FilePayload("abstraksi.pdf", "application/pdf", PDF));
        customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan permintaan")).click();
        assertThat(customer.locator(".notice")).containsText("Permintaan diajukan");
        browser.shoot(customer, "submitted");
        return customer.locator("h1").textContent().trim();
    }

    /** The data-use abstract the cart form asks for with microdata, typed as a customer would. */
    private static void fillAbstract(Page customer) {
        customer.getByLabel("Judul penelitian atau kegiatan").fill("Kemiskinan rumah tangga di Jawa Tengah");
        customer.getByLabel("Latar belakang dan tujuan").fill("Mengukur determinan kemiskinan untuk skripsi.");
        customer.getByLabel("Metodologi atau analisis yang direncanakan").fill("Regresi logistik.");
        customer.getByLabel("Variabel dan wilayah yang dipakai, serta alasannya")
                .fill("R101 dan R407 di wilayah 33: provinsi dan umur kepala rumah tangga.");
        customer.getByLabel("Hasil yang diharapkan").fill("Skripsi S1.");
    }

    private void transaction(Page customer, String number, String shot) {
        customer.navigate(browser.url("/transaksi/" + number));
        browser.shoot(customer, "transaction-" + shot);
    }

    private static String read(Download download) {
        try {
            return Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

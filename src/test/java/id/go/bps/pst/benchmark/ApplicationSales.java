package id.go.bps.pst.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.go.bps.pst.PstSalesApplication;
import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.document.Actor;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentView;
import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.NewFile;
import id.go.bps.pst.payment.Payments;
import id.go.bps.pst.payment.simulator.SimulatedBillingGateway;
import id.go.bps.pst.request.CustomerAction;
import id.go.bps.pst.request.NewSaleRequest;
import id.go.bps.pst.request.RequestDocuments;
import id.go.bps.pst.request.RequestStatus;
import id.go.bps.pst.request.SaleRequests;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.tariff.QuoteItem;

/**
 * The real application (its Spring context, profile {@code test} on H2 or {@code postgres,demo,it-postgres} on
 * PostgreSQL, job executor off) driven through its own services as the API and Tasklist drive it, without HTTP:
 * the demo customer Budi (private segment) buys the Susenas extract of {@code OnlineSaleIT} at office 3300.
 */
final class ApplicationSales implements SaleDriver {

    static final String CUSTOMER = "budi@contoh.co.id";
    static final NewSaleRequest CART = new NewSaleRequest("3300", Purpose.RESEARCH, List.of(
            QuoteItem.of("PUB-STATIN-2025"),
            new QuoteItem("MD-SUSENAS-2024-03", null, null, List.of("R101", "R407"), List.of("33"), null)));
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};
    private static final Actor OFFICER = Actor.staff("petugas3300");

    private final ConfigurableApplicationContext context;
    private final SaleRequests requests;
    private final RequestDocuments customerFiles;
    private final Documents documents;
    private final Payments payments;
    private final SimulatedBillingGateway bank;
    private final SaleJobs jobs;
    private final CustomerView customer;

    ApplicationSales(BenchSettings settings, DelegateTimes timing) {
        this.context = start(settings, timing);
        this.requests = context.getBean(SaleRequests.class);
        this.customerFiles = context.getBean(RequestDocuments.class);
        this.documents = context.getBean(Documents.class);
        this.payments = context.getBean(Payments.class);
        this.bank = context.getBean(SimulatedBillingGateway.class);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        this.jobs = new SaleJobs(engine.getRuntimeService(), engine.getManagementService(), engine.getTaskService());
        this.customer = context.getBean(Customers.class).byEmail(CUSTOMER).orElseThrow();
    }

    EngineSettings engineSettings() {
        return EngineSettings.of(((ProcessEngineImpl) context.getBean(ProcessEngine.class))
                .getProcessEngineConfiguration());
    }

    @Override
    public String name() {
        return "application";
    }

    @Override
    public String play(StepTimes.Lap lap) {
        long me = customer.id();
        String number = requests.create(customer, CART).number();
        lap.step("create");
        upload(number, DocumentKind.ABSTRACT, "abstraksi.pdf", PDF);
        upload(number, DocumentKind.NPWP_CARD, "npwp.png", PNG);
        lap.step("upload documents");
        requests.submit(me, number);
        jobs.runDue(number);
        lap.step("submit");
        jobs.complete(number, "UserTask_CheckDocuments", Map.of("documentCheck", "COMPLETE"));
        lap.step("check documents");
        documents.store(new NewFile(number, DocumentKind.DATA_SAMPLE, "contoh-susenas.csv", OFFICER),
                text("R101,R407\n33,25\n"));
        jobs.complete(number, "UserTask_PrepareOffer", Map.of("offerDocumentsReady", true));
        lap.step("prepare offer");
        Map<String, Object> review = new HashMap<>();
        review.put("offerAccepted", true);
        review.put("decisionReason", null);
        act(number, CustomerAction.REVIEW_OFFER, review, lap, "review offer");
        bank.pay(payments.billingCodeOf(number).orElseThrow().code());
        jobs.runDue(number);
        lap.step("pay");
        upload(number, DocumentKind.SIGNED_AGREEMENT, "sppd-ditandatangani.pdf", PDF);
        jobs.runDue(number);
        lap.step("submit agreement");
        jobs.complete(number, "UserTask_VerifyAgreement", Map.of("agreementAccepted", true, "agreementCopies", 2,
                "meteraiType", "PAPER"));
        lap.step("verify agreement");
        documents.store(new NewFile(number, DocumentKind.PRODUCT_FILE, "susenas-2024-03-jateng.csv", OFFICER),
                text("R101,R407\n33,25\n33,41\n"));
        jobs.complete(number, "UserTask_DeliverProduct", Map.of("productFilesUploaded", true));
        lap.step("deliver");
        downloadProduct(me, number);
        lap.step("download");
        act(number, CustomerAction.ACCEPT_DELIVERY, Map.of(), lap, "accept delivery");
        requests.rate(me, number, 5, "Cepat");
        jobs.runDue(number);
        lap.step("rate");
        return number;
    }

    @Override
    public boolean ended(String number) {
        return !jobs.running(number) && requests.detail(customer.id(), number).status() == RequestStatus.DONE;
    }

    @Override
    public void close() {
        context.close();
    }

    private void act(String number, CustomerAction action, Map<String, Object> variables, StepTimes.Lap lap,
                     String step) {
        requests.act(customer.id(), number, action, variables);
        jobs.runDue(number);
        lap.step(step);
    }

    private void upload(String number, DocumentKind kind, String name, byte[] content) {
        customerFiles.upload(customer.id(), number, kind, name, new ByteArrayInputStream(content));
    }

    private void downloadProduct(long me, String number) {
        DocumentView product = customerFiles.list(me, number).stream()
                .filter(d -> d.kind() == DocumentKind.PRODUCT_FILE).findFirst().orElseThrow();
        DocumentContent content = customerFiles.download(me, number, product.id(), "127.0.0.1");
        try (InputStream in = content.content().getInputStream()) {
            in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ConfigurableApplicationContext start(BenchSettings settings, DelegateTimes timing) {
        Map<String, String> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("pst.documents.root", "target/benchmark-files/" + System.currentTimeMillis());
        if (settings.postgres()) {
            properties.put("spring.datasource.url", settings.appDbUrl());
            properties.put("spring.datasource.username", settings.dbUser());
            properties.put("spring.datasource.password", settings.dbPassword());
            properties.put("pst.staff.admin-password", "benchmark-admin-password");
        }
        // as command-line arguments: they outrank the profiles' files, as the test properties of an IT would;
        // -Dbench.app.args=--name=value;--other=value tries a setting without touching application.yml
        List<String> arguments = new java.util.ArrayList<>(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toList());
        for (String extra : System.getProperty("bench.app.args", "").split(";")) {
            if (!extra.isBlank()) {
                arguments.add(extra.strip());
            }
        }
        return new SpringApplicationBuilder(PstSalesApplication.class)
                .profiles(settings.postgres() ? new String[] {"postgres", "demo", "it-postgres"}
                        : new String[] {"test"})
                .initializers(context -> context.getBeanFactory().registerSingleton("benchmarkDelegateTimes", timing))
                .run(arguments.toArray(String[]::new));
    }
}

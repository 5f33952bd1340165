package id.go.bps.pst.document.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import id.go.bps.pst.document.DocumentKind;

/**
 * Renders an issued document to PDF: its Thymeleaf template under {@code templates/documents/} (XHTML, as the PDF
 * renderer parses XML) filled with the frozen data, a QR code of the verification address, then openhtmltopdf.
 * The engine is the module's own, so the customer pages' Thymeleaf settings cannot break the documents.
 */
@Component
public class PdfRenderer {

    private static final Map<DocumentKind, String> TEMPLATES = Map.of(
            DocumentKind.INVOICE, "invoice", DocumentKind.RECEIPT, "receipt", DocumentKind.AGREEMENT, "agreement");
    private static final String BASE = "templates/documents/";
    /** Relative addresses in a template resolve next to it; a file, as a packed jar may hold no folder entries. */
    private static final String BASE_URI = PdfRenderer.class.getClassLoader().getResource(BASE + "common.html")
            .toExternalForm();

    private final SpringTemplateEngine engine = engine();
    private final TemplateFormats formats = new TemplateFormats();

    public void render(Printed printed, OutputStream out) throws IOException {
        String html = html(printed);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, BASE_URI);
        builder.toStream(out);
        builder.run();
    }

    String html(Printed printed) {
        String template = TEMPLATES.get(printed.kind());
        if (template == null) {
            throw new IllegalArgumentException("No template for " + printed.kind());
        }
        Context context = new Context();
        context.setVariable("doc", printed);
        context.setVariable("data", printed.data());
        context.setVariable("fmt", formats);
        context.setVariable("qr", QrCodes.pngDataUri(printed.verificationUrl()));
        return engine.process(template, context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix(BASE);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

package id.go.bps.pst.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.payment.BillingSimulator;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.request.CustomerAction;
import id.go.bps.pst.request.RequestDetail;
import id.go.bps.pst.request.RequestDocuments;
import id.go.bps.pst.request.SaleRequests;

/**
 * "Transaksi Saya": my requests with their status and service-standard due date, and one request's page with its
 * timeline, documents and the actions the sale accepts now. Every action calls the same services as the API.
 */
@Controller
@RequestMapping("/transaksi")
class TransactionController {

    private final SaleRequests requests;
    private final RequestDocuments documents;
    private final Customers customers;
    private final ObjectProvider<BillingSimulator> simulator;

    TransactionController(SaleRequests requests, RequestDocuments documents, Customers customers,
                          ObjectProvider<BillingSimulator> simulator) {
        this.requests = requests;
        this.documents = documents;
        this.customers = customers;
        this.simulator = simulator;
    }

    @GetMapping
    String mine(Principal principal, Model model) {
        long me = me(principal);
        model.addAttribute("requests", requests.mine(me).stream()
                .map(summary -> requests.detail(me, summary.number())).toList());
        return "portal/transactions";
    }

    @GetMapping("/{number}")
    String detail(@PathVariable String number, @ModelAttribute("form") ActionForm form, Principal principal,
                  Model model) {
        return page(number, principal, model);
    }

    @PostMapping("/{number}/ajukan")
    String submit(@PathVariable String number, Principal principal, RedirectAttributes flash) {
        return act(number, flash, () -> requests.submit(me(principal), number));
    }

    @PostMapping("/{number}/penawaran")
    String reviewOffer(@PathVariable String number, @RequestParam boolean accepted,
                       @ModelAttribute("form") ActionForm form, BindingResult errors, Principal principal,
                       Model model, RedirectAttributes flash) {
        if (!accepted) {
            form.requireReason(errors);
            if (errors.hasErrors()) {
                return page(number, principal, model);
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("offerAccepted", accepted);
        variables.put("decisionReason", accepted ? null : form.getReason());
        return act(number, flash, () -> requests.act(me(principal), number, CustomerAction.REVIEW_OFFER, variables));
    }

    @PostMapping("/{number}/unggah")
    String upload(@PathVariable String number, @RequestParam DocumentKind type,
                  @RequestParam(required = false) MultipartFile file, Principal principal, Model model,
                  RedirectAttributes flash) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("form", new ActionForm());
            model.addAttribute("uploadError", type);
            return page(number, principal, model);
        }
        try (InputStream content = file.getInputStream()) {
            return act(number, flash, () -> documents.upload(me(principal), number, type,
                    file.getOriginalFilename(), content));
        }
    }

    @PostMapping("/{number}/sppd-pos")
    String agreementPosted(@PathVariable String number, Principal principal, RedirectAttributes flash) {
        return act(number, flash, () -> {
            documents.agreementPosted(me(principal), number);
            return null;
        });
    }

    /** Default profile only: the SIMPONI simulator pays the code as a bank would. */
    @PostMapping("/{number}/bayar-simulator")
    String payWithSimulator(@PathVariable String number, Principal principal, RedirectAttributes flash) {
        RequestDetail.Payment payment = requests.detail(me(principal), number).payment();
        BillingSimulator bank = simulator.getIfAvailable();
        if (bank == null || payment == null || payment.billingCode() == null) {
            return "redirect:/transaksi/" + number;
        }
        return act(number, flash, () -> bank.pay(payment.billingCode()));
    }

    @PostMapping("/{number}/revisi")
    String revise(@PathVariable String number, @ModelAttribute("form") ActionForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes flash) {
        form.requireReason(errors);
        if (errors.hasErrors()) {
            return page(number, principal, model);
        }
        return act(number, flash, () -> requests.act(me(principal), number, CustomerAction.REQUEST_REVISION,
                Map.of("decisionReason", form.getReason())));
    }

    @PostMapping("/{number}/terima")
    String accept(@PathVariable String number, Principal principal, RedirectAttributes flash) {
        return act(number, flash, () -> requests.act(me(principal), number, CustomerAction.ACCEPT_DELIVERY,
                Map.of()));
    }

    @PostMapping("/{number}/nilai")
    String rate(@PathVariable String number, @ModelAttribute("form") ActionForm form, BindingResult errors,
                Principal principal, Model model, RedirectAttributes flash) {
        form.requireRating(errors);
        if (errors.hasErrors()) {
            return page(number, principal, model);
        }
        return act(number, flash, () -> requests.rate(me(principal), number, form.getRating(), form.getFeedback()));
    }

    @PostMapping("/{number}/pengaduan")
    String complain(@PathVariable String number, @ModelAttribute("form") ActionForm form, BindingResult errors,
                    Principal principal, Model model, RedirectAttributes flash) {
        form.requireComplaint(errors);
        if (errors.hasErrors()) {
            return page(number, principal, model);
        }
        return act(number, flash, () -> requests.complain(me(principal), number, form.getComplaint()));
    }

    @GetMapping("/{number}/dokumen/{id}")
    ResponseEntity<Resource> download(@PathVariable String number, @PathVariable long id, Principal principal,
                                      HttpServletRequest http) {
        DocumentContent content = documents.download(me(principal), number, id, http.getRemoteAddr());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }

    private String page(String number, Principal principal, Model model) {
        RequestDetail request = requests.detail(me(principal), number);
        model.addAttribute("r", request);
        model.addAttribute("simulator", simulator.getIfAvailable() != null);
        model.addAttribute("can", request.actions().stream().map(Enum::name).toList());
        model.addAttribute("supplyKinds", List.of(DocumentKind.ABSTRACT, DocumentKind.NPWP_CARD,
                DocumentKind.ZERO_RUPIAH_LETTER, DocumentKind.DATA_REQUEST_LETTER));
        return "portal/transaction";
    }

    /** Runs one action; a refusal (409, a bad file) comes back as a message on the page, never as an error page. */
    private String act(String number, RedirectAttributes flash, Supplier<Object> action) {
        try {
            action.get();
            flash.addFlashAttribute("done", true);
        } catch (ApiProblem problem) {
            flash.addFlashAttribute("problem", problem.text());
        }
        return "redirect:/transaksi/" + number;
    }

    private long me(Principal principal) {
        return customers.current(principal).id();
    }
}

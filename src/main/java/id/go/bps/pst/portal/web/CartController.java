package id.go.bps.pst.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.go.bps.pst.customer.CustomerView;
import id.go.bps.pst.customer.Customers;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.request.AbstractFields;
import id.go.bps.pst.request.NewSaleRequest;
import id.go.bps.pst.request.RequestDetail;
import id.go.bps.pst.request.RequestDocuments;
import id.go.bps.pst.request.SaleRequests;
import id.go.bps.pst.tariff.Purpose;
import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.Tariffs;

/**
 * The cart and the request form: the quote (amount per line, total, regulation), the purpose, the data-use abstract
 * (typed; required when the quote asks for an abstract, i.e. microdata and maps) and the documents the quote requires; "Ajukan" creates the request, stores the documents and submits it, all or nothing.
 */
@Controller
@RequestMapping("/keranjang")
class CartController {

    /** The upload field of each document the quote may require (the SPPD comes later, after the offer). */
    static final Map<String, DocumentKind> UPLOADS = uploads();

    private final Tariffs tariffs;
    private final Customers customers;
    private final Offices offices;
    private final SaleRequests requests;
    private final RequestDocuments documents;
    private final TransactionTemplate transaction;
    private final Validator validator;

    CartController(Tariffs tariffs, Customers customers, Offices offices, SaleRequests requests,
                   RequestDocuments documents, TransactionTemplate transaction, Validator validator) {
        this.validator = validator;
        this.tariffs = tariffs;
        this.customers = customers;
        this.offices = offices;
        this.requests = requests;
        this.documents = documents;
        this.transaction = transaction;
    }

    @GetMapping
    String cart(@RequestParam(defaultValue = "RESEARCH") Purpose purpose,
                @RequestParam(required = false) String officeCode, HttpSession session, Principal principal,
                Model model) {
        model.addAttribute("abstractFields", new AbstractFields(null, null, null, null, null));
        return show(Cart.of(session), purpose, officeCode, customers.current(principal), Map.of(), model);
    }

    @PostMapping("/hapus/{index}")
    String remove(@PathVariable int index, HttpSession session) {
        Cart.of(session).remove(index);
        return "redirect:/keranjang";
    }

    @PostMapping("/ajukan")
    String submit(@RequestParam(required = false) Purpose purpose, @RequestParam(required = false) String officeCode,
                  @ModelAttribute("abstractFields") AbstractFields abstractFields,
                  @RequestParam Map<String, MultipartFile> files, HttpSession session, Principal principal,
                  Model model) {
        Cart cart = Cart.of(session);
        CustomerView customer = customers.current(principal);
        if (cart.isEmpty()) {
            return "redirect:/keranjang";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (purpose == null) {
            errors.put("purpose", "portal.purpose.required");
        }
        if (officeCode == null || offices.find(officeCode).isEmpty()) {
            errors.put("officeCode", "portal.office.required");
        }
        Quote quote = purpose == null ? null : quote(cart, customer, purpose);
        List<String> needed = quote == null ? List.of() : needed(quote);
        needed.forEach(field -> {
            MultipartFile file = files.get(field);
            if (file == null || file.isEmpty()) {
                errors.put(field, "portal.document.required");
            }
        });
        Map<String, String> abstractErrors = abstractErrors(abstractFields, needed.contains("ABSTRACT"));
        model.addAttribute("abstractErrors", abstractErrors);
        if (!errors.isEmpty() || !abstractErrors.isEmpty()) {
            return show(cart, purpose, officeCode, customer, errors, model);
        }
        AbstractFields typed = abstractFields.isEmpty() ? null : abstractFields;
        try {
            String number = transaction.execute(status -> create(customer,
                    new NewSaleRequest(officeCode, purpose, cart.quoteItems(), typed), needed, files));
            cart.clear();
            return "redirect:/transaksi/" + number + "?diajukan";
        } catch (ApiProblem problem) {
            model.addAttribute("problem", problem.text());
            return show(cart, purpose, officeCode, customer, errors, model);
        }
    }

    /**
     * The abstract's messages per field, in the page's language (Bean Validation of AbstractFields): required when
     * the quote asks for an abstract; otherwise only checked when something was typed.
     */
    private Map<String, String> abstractErrors(AbstractFields fields, boolean required) {
        Map<String, String> messages = new LinkedHashMap<>();
        if (required || !fields.isEmpty()) {
            for (ConstraintViolation<AbstractFields> v : validator.validate(fields)) {
                messages.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
            }
        }
        return messages;
    }

    private String create(CustomerView customer, NewSaleRequest cart, List<String> needed,
                          Map<String, MultipartFile> files) {
        RequestDetail draft = requests.create(customer, cart);
        for (String field : needed) {
            MultipartFile file = files.get(field);
            try (InputStream content = file.getInputStream()) {
                documents.upload(customer.id(), draft.number(), UPLOADS.get(field), file.getOriginalFilename(),
                        content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return requests.submit(customer.id(), draft.number()).number();
    }

    private String show(Cart cart, Purpose purpose, String officeCode, CustomerView customer,
                        Map<String, String> errors, Model model) {
        model.addAttribute("items", cart.items());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("purpose", purpose);
        model.addAttribute("offices", offices.all());
        model.addAttribute("officeCode", officeCode != null ? officeCode
                : cart.items().stream().map(Cart.Item::officeCode).findFirst().orElse(null));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("abstractErrors")) {
            model.addAttribute("abstractErrors", Map.of());
        }
        model.addAttribute("customer", customer);
        if (!cart.isEmpty() && purpose != null) {
            try {
                Quote quote = quote(cart, customer, purpose);
                model.addAttribute("quote", quote);
                model.addAttribute("uploads", needed(quote));
            } catch (ApiProblem problem) {
                model.addAttribute("problem", problem.text());
            }
        }
        return "portal/cart";
    }

    private Quote quote(Cart cart, CustomerView customer, Purpose purpose) {
        return tariffs.quote(new QuoteRequest(customer.segment(), purpose, customer.abroad(), null,
                cart.quoteItems()));
    }

    /** The upload fields the quote asks for, by the required-document codes of the tariff module. */
    private static List<String> needed(Quote quote) {
        return quote.documentsRequired().stream().map(d -> d.code()).filter(UPLOADS::containsKey).toList();
    }

    private static Map<String, DocumentKind> uploads() {
        Map<String, DocumentKind> uploads = new LinkedHashMap<>();
        uploads.put("ABSTRACT", DocumentKind.ABSTRACT);
        uploads.put("NPWP", DocumentKind.NPWP_CARD);
        uploads.put("ZERO_RUPIAH_LETTER", DocumentKind.ZERO_RUPIAH_LETTER);
        uploads.put("DATA_REQUEST_LETTER", DocumentKind.DATA_REQUEST_LETTER);
        return Map.copyOf(uploads);
    }
}

package id.go.bps.pst.portal.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.bps.pst.catalog.Catalog;
import id.go.bps.pst.catalog.ProductDetail;
import id.go.bps.pst.catalog.ProductQuery;
import id.go.bps.pst.catalog.ProductType;

/**
 * The catalogue as Silastik shows it (seed 002): filters per product type, a product's page with the microdata
 * metadata tabs (detail, data dictionary, requirements), and "Masukkan Keranjang".
 */
@Controller
class CatalogPageController {

    static final int PAGE_SIZE = 20;

    private final Catalog catalog;

    CatalogPageController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The filters as typed; years are read here so that a wrong one is a message next to its field. */
    public record Filter(ProductType type, String title, String province, String regency, String mapType,
                         String mapYear, String region, String survey, String dataYear, String variable,
                         String characteristic) {

        Integer year(String text) {
            return text != null && text.trim().matches("\\d{4}") ? Integer.valueOf(text.trim()) : null;
        }

        boolean badYear(String text) {
            return text != null && !text.isBlank() && year(text) == null;
        }

        ProductQuery query() {
            return new ProductQuery(type, province, regency, title, mapType, year(mapYear), region, survey,
                    year(dataYear), variable, characteristic);
        }
    }

    @GetMapping("/katalog")
    String search(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("types", ProductType.values());
        model.addAttribute("dataYearError", filter.badYear(filter.dataYear()));
        model.addAttribute("mapYearError", filter.badYear(filter.mapYear()));
        model.addAttribute("results", catalog.search(filter.query(), Math.max(page, 0), PAGE_SIZE));
        return "portal/catalog";
    }

    @GetMapping("/katalog/{code}")
    String product(@PathVariable String code, @RequestParam(defaultValue = "detail") String tab, Model model) {
        model.addAttribute("product", catalog.detail(code));
        model.addAttribute("tab", List.of("detail", "kamus", "syarat").contains(tab) ? tab : "detail");
        return "portal/product";
    }

    @PostMapping("/katalog/{code}/keranjang")
    String addToCart(@PathVariable String code, @RequestParam(required = false) List<String> variables,
                     @RequestParam(required = false) List<String> regions, HttpSession session) {
        ProductDetail product = catalog.detail(code);
        boolean microdata = product.type() == ProductType.MICRODATA;
        Cart.of(session).add(new Cart.Item(product.code(), product.title(), product.officeCode(),
                microdata && variables != null ? List.copyOf(variables) : List.of(),
                microdata && regions != null ? List.copyOf(regions) : List.of()));
        return "redirect:/keranjang";
    }
}

package id.go.bps.pst.portal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import id.go.bps.pst.tariff.QuoteItem;

/** The cart, kept in the session (it survives the login that the cart page asks for). */
final class Cart implements Serializable {

    private static final String ATTRIBUTE = "pst.cart";

    /** One product in the cart; variables and regions only for microdata (empty: all). */
    record Item(String productCode, String title, String officeCode, List<String> variables, List<String> regions)
            implements Serializable {

        QuoteItem quoteItem() {
            return new QuoteItem(productCode, null, null, variables.isEmpty() ? null : variables,
                    regions.isEmpty() ? null : regions, null);
        }
    }

    private final List<Item> items = new ArrayList<>();

    static Cart of(HttpSession session) {
        Cart cart = (Cart) session.getAttribute(ATTRIBUTE);
        if (cart == null) {
            cart = new Cart();
            session.setAttribute(ATTRIBUTE, cart);
        }
        return cart;
    }

    void add(Item item) {
        items.removeIf(existing -> existing.productCode().equals(item.productCode()));
        items.add(item);
    }

    void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    void clear() {
        items.clear();
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    List<QuoteItem> quoteItems() {
        return items.stream().map(Item::quoteItem).toList();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}

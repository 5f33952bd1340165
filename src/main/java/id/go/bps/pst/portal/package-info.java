/**
 * The customer's side of PST Sales: server-rendered pages (home, and later catalogue, cart and "Transaksi Saya").
 * Pages read the other modules through their public faces and hold no business rules of their own.
 */
package id.go.bps.pst.portal;

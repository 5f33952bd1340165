/**
 * The files of a request and the documents the sale issues. Customers upload the documents the sale rules require,
 * officers upload samples and product files; content lives on disk under {@code pst.documents.root}, checked by its
 * bytes (Apache Tika), written through a synced temporary file and an atomic rename, with a SHA-256 checksum. The
 * invoice, receipt (kuitansi) and data-use agreement (SPPD) are issued as frozen data with a number and an
 * unguessable verification code; their PDFs are rendered from templates when first downloaded, so no sale waits
 * for a renderer. Delivery grants the customer the product files and receipt with a download limit and expiry,
 * and every download is logged. Other modules use {@link id.go.bps.pst.document.Documents}; the request module
 * implements {@link id.go.bps.pst.document.OfferSource} and {@link id.go.bps.pst.document.ReceiptSource}.
 */
package id.go.bps.pst.document;

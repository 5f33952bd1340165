package id.go.bps.pst.walkin;

import id.go.bps.pst.tariff.Quote;

/** The request recorded for a visit, with the PNBP tariff and the documents required the officer explains (step 7). */
public record DeskQuote(VisitView visit, Quote quote) {
}

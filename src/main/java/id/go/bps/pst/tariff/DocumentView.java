package id.go.bps.pst.tariff;

import id.go.bps.pst.platform.Message;

/** A required document in a quote: its stable code and its name in Indonesian and English. */
public record DocumentView(String code, Message name) {
}

package id.go.bps.pst.document.domain;

/** Whether a download grant still lets its customer download. */
public enum GrantStatus { USABLE, EXHAUSTED, EXPIRED, SUPERSEDED }

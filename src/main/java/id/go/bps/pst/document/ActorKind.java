package id.go.bps.pst.document;

/** Who acts on a document: a customer, a staff member (officer, treasurer) or the application itself. */
public enum ActorKind { CUSTOMER, STAFF, SYSTEM }

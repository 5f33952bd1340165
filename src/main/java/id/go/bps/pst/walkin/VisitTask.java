package id.go.bps.pst.walkin;

/** An open Tasklist task of a visit (its own process or its request's), for the officer's visit page. */
public record VisitTask(String id, String name, String taskKey) {
}

/**
 * The ids the code uses to talk to the sale models (process keys, user tasks, messages, end events). They are
 * constants checked against the models by {@code ModelConventionsTest}, so a renamed element breaks the build, not a
 * running sale.
 */
package id.go.bps.pst.sale.process;

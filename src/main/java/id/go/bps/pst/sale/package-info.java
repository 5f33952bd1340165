/**
 * The online sale (Silastik procedure, seeds 000, 001 online and 004) as BPMN: {@code processes/online-sale.bpmn}
 * with the called {@code payment.bpmn} and {@code agreement.bpmn}, and the officers' forms in {@code forms/}. The
 * models only orchestrate: every step calls a bean of the module that owns the rule (request, document, payment,
 * notification), as listed in {@code docs/online-sale.md}, the contract between the models and those modules.
 */
package id.go.bps.pst.sale;

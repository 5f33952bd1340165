/**
 * Tariff schedules and lines (entities), the calculator, schedule selection by date, quantity rules and the DMN
 * evaluation of the sale rules. Used only through {@link id.go.bps.pst.tariff.Tariffs}.
 */
package id.go.bps.pst.tariff.domain;

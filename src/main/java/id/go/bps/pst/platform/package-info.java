/**
 * Engine, security and web configuration shared by every module. No business rules live here: a rule about
 * offices, products, tariffs or requests belongs to its module.
 */
package id.go.bps.pst.platform;

/**
 * Customers of the online sale: accounts with a verified email, segment, institution, identity (NIK for residents,
 * passport abroad), NPWP for the private segment, and country (domestic or abroad). Customers are not Camunda users:
 * they never see Tasklist; they sign in to the customer API and pages with their email and password.
 */
package id.go.bps.pst.customer;

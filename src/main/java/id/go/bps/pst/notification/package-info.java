/**
 * Mails to customers and staff at every step of the online sale that needs someone to act
 * ({@link id.go.bps.pst.notification.Notice}). {@link id.go.bps.pst.notification.Notifications#send} renders the
 * bilingual mail (Indonesian, then English) from {@code templates/mail/} and writes it to an outbox table in the
 * caller's transaction; a scheduled sender delivers the outbox with retries, safely on several nodes, or writes
 * the mails to the log when no mail server is configured. Customers' addresses come through the
 * {@link id.go.bps.pst.notification.RecipientDirectory} port, staff addresses from the Camunda groups of the office;
 * process variables never carry either. The {@code notifyDelegate} bean serves every {@code SendTask_Notify*}.
 */
package id.go.bps.pst.notification;

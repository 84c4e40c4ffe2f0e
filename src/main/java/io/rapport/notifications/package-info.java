/**
 * Notifications: each person's inbox inside the product. It listens to what other modules publish
 * (alerts raised or escalated for their owner, cases past their target, survey waves opening or
 * about to close, imports taken in or rejected) and keeps one notice per person and event, as a message code rendered in the
 * reader's language. Each person chooses per kind: the inbox only, an e-mail each time, or the
 * weekly digest; without a mail server everything stays in the inbox, and pages say so.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.rapport.notifications;

/**
 * Signals: noticing the partner who is quietly walking away before it is too late (priority 6 of
 * the second column). Its retention model is BG/NBD (Fader, Hardie and Lee 2005), fitted on a
 * programme's repeat transactions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signals")
package io.rapport.signals;

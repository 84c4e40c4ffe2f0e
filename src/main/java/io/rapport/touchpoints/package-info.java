/**
 * Touchpoints: every act of communication and engagement between a vendor and its partners — the
 * conference, the press briefing, the key-partner meeting, the CEO who shows up or does not —
 * entered by hand, through the API or imported from CSV files and calendars; the cadence norms a
 * vendor holds itself to; and whether its communication with each partner is regular or sporadic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Touchpoints")
package io.rapport.touchpoints;

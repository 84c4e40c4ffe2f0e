package io.rapport.touchpoints;

import java.time.LocalDate;

/**
 * What the touchpoints say about one partnership up to a day, for noticing a partner drifting away.
 *
 * @param lastDirectContact the last CAM, key-partner or executive meeting the vendor started or shared; null if none
 * @param attendedBefore trainings, webinars and events it came to in the baseline window
 * @param attendedRecently the same in the recent window
 * @param lastCertification the day it last earned a certification; null if never
 */
public record PartnershipActivity(LocalDate lastDirectContact, int attendedBefore, int attendedRecently,
		LocalDate lastCertification) {

	/** A partnership no such touchpoint reached. */
	public static final PartnershipActivity NONE = new PartnershipActivity(null, 0, 0, null);
}

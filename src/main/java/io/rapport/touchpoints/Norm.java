package io.rapport.touchpoints;

/**
 * The cadences the columns hold a vendor to, each with its default target and the period it
 * counts over. A vendor may set other targets; the defaults are the columns' own.
 */
public enum Norm {

	/** A partner conference at least once a year. */
	CONFERENCE_PER_YEAR(1, Period.YEAR),
	/** A channel press briefing every quarter. */
	PRESS_BRIEFING_PER_QUARTER(1, Period.QUARTER),
	/** The CEO or an executive in front of the channel press every quarter. */
	EXECUTIVE_PRESS_PER_QUARTER(1, Period.QUARTER),
	/** A direct meeting with every top-tier partner every quarter. */
	TOP_TIER_MEETING_PER_QUARTER(1, Period.QUARTER),
	/** Channel marketing every month. */
	CHANNEL_MARKETING_PER_MONTH(1, Period.MONTH),
	/** Taking part in independent partner events at least twice a year. */
	INDEPENDENT_EVENTS_PER_YEAR(2, Period.YEAR),
	/** Contact the vendor starts with every partnership, every quarter. */
	VENDOR_CONTACT_PER_QUARTER(1, Period.QUARTER);

	/** What a norm counts over; a year is the trailing four fiscal quarters. */
	public enum Period {
		MONTH, QUARTER, YEAR
	}

	private final int defaultTarget;

	private final Period period;

	Norm(int defaultTarget, Period period) {
		this.defaultTarget = defaultTarget;
		this.period = period;
	}

	public int defaultTarget() {
		return defaultTarget;
	}

	public Period period() {
		return period;
	}

	/** Whether the norm is checked per partnership (met when every partnership meets it). */
	public boolean perPartnership() {
		return this == TOP_TIER_MEETING_PER_QUARTER || this == VENDOR_CONTACT_PER_QUARTER;
	}
}

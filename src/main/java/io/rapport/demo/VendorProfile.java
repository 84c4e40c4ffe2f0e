package io.rapport.demo;

/**
 * The three attitudes to the channel the first column describes.
 */
public enum VendorProfile {
	/** The CEO meets partners and the channel press every quarter; engagement cascades down. */
	ENGAGED_AT_THE_TOP,
	/** Engaged channel team, less so at the top. */
	ENGAGED_TEAM,
	/**
	 * Large and dominant: sporadic communication, a paid partner conference closed to journalists,
	 * a CEO who has not met the channel press for years.
	 */
	DOMINANT_SPORADIC
}

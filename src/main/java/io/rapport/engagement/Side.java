package io.rapport.engagement;

/** Which index an indicator belongs to. */
public enum Side {
	/** The partner's engagement with the vendor. */
	PEI,
	/** The vendor's engagement with one partner. */
	VEI,
	/** The vendor's engagement with its whole channel. */
	CHANNEL
}

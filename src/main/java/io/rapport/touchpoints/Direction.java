package io.rapport.touchpoints;

/** Who reached out: the vendor to the partner, the partner to the vendor, or both together. */
public enum Direction {
	VENDOR_TO_PARTNER, PARTNER_TO_VENDOR, MUTUAL;

	/** Whether the vendor took part in starting it: what the vendor-contact norm counts. */
	public boolean fromVendor() {
		return this != PARTNER_TO_VENDOR;
	}
}

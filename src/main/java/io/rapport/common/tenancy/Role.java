package io.rapport.common.tenancy;

/** The roles of DESIGN §4. Which side a role sits on decides what its holder may see. */
public enum Role {
	/** The channel chief: runs the vendor's programme. */
	VENDOR_ADMIN(Side.VENDOR),
	/** A channel account manager (CAM). */
	CHANNEL_MANAGER(Side.VENDOR),
	/** A vendor executive: read-only dashboards. */
	VENDOR_EXECUTIVE(Side.VENDOR),
	PARTNER_ADMIN(Side.PARTNER),
	PARTNER_USER(Side.PARTNER),
	/** A neutral hub (distributor, association, channel press): cross-vendor aggregates only. */
	ANALYST(Side.HUB),
	/** The hub's administrator: brings its analysts in. */
	HUB_ADMIN(Side.HUB);

	public enum Side { VENDOR, PARTNER, HUB }

	private final Side side;

	Role(Side side) {
		this.side = side;
	}

	public Side side() {
		return side;
	}
}

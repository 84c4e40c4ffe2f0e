package io.rapport.touchpoints;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The base kinds of touchpoint, from the columns' list of what a vendor does to stay close to its
 * channel. Vendors' own types are each counted as one of these.
 */
public enum TouchpointKind {

	PARTNER_CONFERENCE(Direction.VENDOR_TO_PARTNER, true),
	PRESS_BRIEFING(Direction.VENDOR_TO_PARTNER, true),
	PRESS_INQUIRY(Direction.VENDOR_TO_PARTNER, true),
	KEY_PARTNER_MEETING(Direction.MUTUAL, false),
	EXECUTIVE_MEETING(Direction.MUTUAL, false),
	CAM_MEETING(Direction.MUTUAL, false),
	CHANNEL_MARKETING(Direction.VENDOR_TO_PARTNER, true),
	CHANNEL_PR(Direction.VENDOR_TO_PARTNER, true),
	INDEPENDENT_EVENT(Direction.VENDOR_TO_PARTNER, true),
	PRODUCT_BRIEFING(Direction.VENDOR_TO_PARTNER, false),
	TRAINING(Direction.PARTNER_TO_VENDOR, false),
	CERTIFICATION(Direction.PARTNER_TO_VENDOR, false),
	WEBINAR(Direction.VENDOR_TO_PARTNER, false);

	private final Direction usualDirection;

	private final boolean usuallyChannelWide;

	TouchpointKind(Direction usualDirection, boolean usuallyChannelWide) {
		this.usualDirection = usualDirection;
		this.usuallyChannelWide = usuallyChannelWide;
	}

	/** The direction assumed when an import does not say. */
	public Direction usualDirection() {
		return usualDirection;
	}

	/** Whether a touchpoint of this kind addresses the whole channel unless partnerships are named. */
	public boolean usuallyChannelWide() {
		return usuallyChannelWide;
	}

	/** Meetings in person with a partner: what the direct-meeting norm counts. */
	public boolean isDirectMeeting() {
		return this == KEY_PARTNER_MEETING || this == EXECUTIVE_MEETING || this == CAM_MEETING;
	}

	/**
	 * The kind named by its code or its Polish name, case-insensitive, with or without diacritics,
	 * with spaces or hyphens for underscores.
	 */
	public static Optional<TouchpointKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String code = Normalizer.normalize(text.trim().replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replace(' ', '_')
			.replace('-', '_');
		for (TouchpointKind kind : values()) {
			if (kind.name().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.ofNullable(POLISH.get(code));
	}

	private static final Map<String, TouchpointKind> POLISH = Map.ofEntries(
			Map.entry("KONFERENCJA_PARTNERSKA", PARTNER_CONFERENCE), Map.entry("KONFERENCJA", PARTNER_CONFERENCE),
			Map.entry("BRIEFING_PRASOWY", PRESS_BRIEFING), Map.entry("SPOTKANIE_Z_PRASA", PRESS_BRIEFING),
			Map.entry("ZAPYTANIE_PRASOWE", PRESS_INQUIRY),
			Map.entry("SPOTKANIE_Z_KLUCZOWYM_PARTNEREM", KEY_PARTNER_MEETING), Map.entry("SPOTKANIE_KLUCZOWE", KEY_PARTNER_MEETING),
			Map.entry("SPOTKANIE_ZARZADU", EXECUTIVE_MEETING), Map.entry("SPOTKANIE_Z_ZARZADEM", EXECUTIVE_MEETING),
			Map.entry("SPOTKANIE_CAM", CAM_MEETING), Map.entry("QBR", CAM_MEETING),
			Map.entry("KAMPANIA", CHANNEL_MARKETING), Map.entry("NEWSLETTER", CHANNEL_MARKETING),
			Map.entry("MARKETING_KANALOWY", CHANNEL_MARKETING), Map.entry("PR", CHANNEL_PR), Map.entry("PR_KANALOWY", CHANNEL_PR),
			Map.entry("WYDARZENIE_NIEZALEZNE", INDEPENDENT_EVENT),
			Map.entry("BRIEFING_PRODUKTOWY", PRODUCT_BRIEFING), Map.entry("PREZENTACJA_PRODUKTU", PRODUCT_BRIEFING),
			Map.entry("SZKOLENIE", TRAINING), Map.entry("CERTYFIKACJA", CERTIFICATION), Map.entry("CERTYFIKAT", CERTIFICATION),
			Map.entry("WEBINARIUM", WEBINAR), Map.entry("QBR_MEETING", CAM_MEETING));
}

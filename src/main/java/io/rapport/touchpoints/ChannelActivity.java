package io.rapport.touchpoints;

/**
 * What a vendor did for its whole channel over a window of quarters.
 *
 * @param executivePressQuarters quarters in which the CEO or an executive met the press
 * @param independentEvents distinct independent partner events the vendor took part in: one fair with
 *     booths beside several partners, recorded once per partnership, is one event (same title, same day)
 * @param marketingMonths months with channel marketing
 */
public record ChannelActivity(long conferences, long freeConferences, long pressInvitedConferences, long pressBriefings,
		long pressInquiries, long answeredInquiries, long executivePressQuarters, long independentEvents,
		long marketingMonths) {
}

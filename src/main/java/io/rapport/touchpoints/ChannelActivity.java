package io.rapport.touchpoints;

/**
 * What a vendor did for its whole channel over a window of quarters.
 *
 * @param executivePressQuarters quarters in which the CEO or an executive met the press
 * @param marketingMonths months with channel marketing
 */
public record ChannelActivity(long conferences, long freeConferences, long pressInvitedConferences, long pressBriefings,
		long pressInquiries, long answeredInquiries, long executivePressQuarters, long independentEvents,
		long marketingMonths) {
}

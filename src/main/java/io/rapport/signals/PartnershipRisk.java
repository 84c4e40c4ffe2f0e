package io.rapport.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the signals say about one partnership on a day.
 *
 * @param channelManagerId its CAM, who owns an alert about it; null if none
 * @param severity null when the signs raise no alert
 * @param pAlive P(still selling) under the vendor's retention model; null if it never sold
 */
public record PartnershipRisk(UUID partnershipId, UUID channelManagerId, LocalDate asOf, List<Signal> signals,
		Severity severity, Double pAlive) {

	public boolean atRisk() {
		return severity != null;
	}

	public int weight() {
		return Severity.weight(signals);
	}
}

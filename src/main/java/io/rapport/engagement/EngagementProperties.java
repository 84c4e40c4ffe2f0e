package io.rapport.engagement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param backfill whether the quarters of a partnership's two-year history are computed in the
 *        background once a vendor's current quarter is, so nobody waits for them on a first view
 */
@ConfigurationProperties("rapport.engagement")
public record EngagementProperties(Boolean backfill) {

	public EngagementProperties {
		backfill = backfill == null || backfill;
	}
}

/**
 * Engagement: the two indices every partnership carries — PEI, the partner's engagement with the
 * vendor, and VEI, the vendor's engagement with the partner — plus the vendor's channel-wide VEI.
 * Modules that own data contribute indicators through {@link io.rapport.engagement.IndicatorContributor};
 * the engine normalises, weighs, explains and ranks them, keeps a snapshot per fiscal quarter and
 * places every partnership on the revenue-against-engagement quadrant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement")
package io.rapport.engagement;

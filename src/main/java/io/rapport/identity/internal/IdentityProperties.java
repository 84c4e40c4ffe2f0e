package io.rapport.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of signing in.
 * @param metricsToken the bearer token Prometheus sends to scrape {@code /actuator/prometheus}
 *     ({@code RAPPORT_IDENTITY_METRICS_TOKEN}); when unset, nobody can scrape over HTTP
 */
@ConfigurationProperties("rapport.identity")
record IdentityProperties(String metricsToken) {
}

package io.rapport.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled generate the demo on an empty database; when unset, only on the embedded database
 * @param scale S, M or L
 * @param seed the fixed seed that makes every run generate the same programme
 */
@ConfigurationProperties("rapport.demo")
public record DemoProperties(Boolean enabled, DemoScale scale, Long seed) {

	public DemoProperties {
		scale = scale == null ? DemoScale.S : scale;
		seed = seed == null ? 20261123L : seed;
	}
}

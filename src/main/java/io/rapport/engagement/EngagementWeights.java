package io.rapport.engagement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Each vendor's indicator weights, versioned: saving makes a new version and every snapshot
 * records the version it was computed with. Version 0 is the documented defaults.
 */
@Service
@Transactional(readOnly = true)
public class EngagementWeights {

	private final JdbcClient jdbc;

	private final List<IndicatorContributor> contributors;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	EngagementWeights(JdbcClient jdbc, List<IndicatorContributor> contributors, ObjectMapper json,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.contributors = contributors;
		this.json = json;
		this.events = events;
	}

	/** Every indicator the modules contribute, in a stable order. */
	public List<IndicatorDefinition> definitions() {
		return contributors.stream().flatMap(c -> c.indicators().stream()).toList();
	}

	/** The vendor's current weights, every indicator listed. */
	public WeightSet current(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return currentUnscoped(vendorId);
	}

	WeightSet currentUnscoped(UUID vendorId) {
		Map<String, Double> weights = defaults();
		return jdbc.sql("select version, weights from engagement_weights where vendor_id = ? order by version desc limit 1")
			.param(vendorId)
			.query((rs, n) -> {
				weights.putAll(json.readValue(rs.getString(2), new TypeReference<Map<String, Double>>() {
				}));
				return new WeightSet(rs.getInt(1), weights);
			})
			.optional()
			.orElse(new WeightSet(0, weights));
	}

	/**
	 * Saves the vendor's weights as a new version; indicators left out keep their current weight.
	 * @throws DomainRuleException for an unknown indicator or a negative weight
	 */
	@Transactional
	public WeightSet save(UUID vendorId, Map<String, Double> changes) {
		Caller caller = CurrentCaller.get();
		caller.requireOwnVendor(vendorId);
		caller.require(Capability.RUN_PROGRAMME);
		Map<String, Double> weights = merged(vendorId, changes);
		int version = currentUnscoped(vendorId).version() + 1;
		jdbc.sql("insert into engagement_weights (vendor_id, version, weights, created_by) values (?, ?, ?::jsonb, ?)")
			.params(vendorId, version, json.writeValueAsString(weights), caller.userId())
			.update();
		events.publishEvent(new EngagementWeightsChanged(vendorId, version));
		return new WeightSet(version, weights);
	}

	/** The current weights with the changes applied, checked. */
	Map<String, Double> merged(UUID vendorId, Map<String, Double> changes) {
		Map<String, Double> weights = new LinkedHashMap<>(currentUnscoped(vendorId).weights());
		changes.forEach((key, weight) -> {
			if (!weights.containsKey(key)) {
				throw DomainRuleException.rule("engagement.rule.noIndicator", key, String.join(", ", weights.keySet()));
			}
			if (weight == null || weight.isNaN() || weight < 0 || weight > 100) {
				throw DomainRuleException.rule("engagement.rule.weightRange", DomainRuleException.term("engagement.indicator." + key));
			}
			weights.put(key, weight);
		});
		return weights;
	}

	private Map<String, Double> defaults() {
		Map<String, Double> weights = new LinkedHashMap<>();
		definitions().forEach(d -> weights.put(d.key(), d.defaultWeight()));
		return weights;
	}

	/** A version of the weights; version 0 is the defaults. */
	public record WeightSet(int version, Map<String, Double> weights) {
	}
}

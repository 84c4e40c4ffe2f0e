package io.rapport.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.CurrentCaller;

/** Each vendor's response and resolution targets per severity: its own where set, the defaults otherwise. */
@Service
@Transactional(readOnly = true)
public class SupportTargets {

	/** A target beyond thirty days is no target. */
	static final int MOST_MINUTES = 30 * 24 * 60;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	SupportTargets(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public List<SupportTarget> of(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return List.copyOf(ofUnscoped(vendorId).values());
	}

	/**
	 * Sets the targets of some severities (channel chief); the others keep theirs. Every stored
	 * quarter's engagement is recomputed, as targets decide what counts as answered in time.
	 */
	@Transactional
	public List<SupportTarget> save(UUID vendorId, List<SupportTarget> targets) {
		CurrentCaller.get().requireChiefOf(vendorId);
		for (SupportTarget target : targets) {
			if (target.severity() == null) {
				throw DomainRuleException.rule("support.rule.targetSeverity");
			}
			if (target.firstResponseMinutes() < 1 || target.resolutionMinutes() < 1 || target.firstResponseMinutes() > MOST_MINUTES
					|| target.resolutionMinutes() > MOST_MINUTES) {
				throw DomainRuleException.rule("support.rule.targetRange", DomainRuleException.term("support.severity." + target.severity().name()));
			}
			if (target.resolutionMinutes() < target.firstResponseMinutes()) {
				throw DomainRuleException.rule("support.rule.targetOrder", DomainRuleException.term("support.severity." + target.severity().name()));
			}
			jdbc.sql("""
					insert into support_target (vendor_id, severity, first_response_minutes, resolution_minutes) values (?, ?, ?, ?)
					on conflict (vendor_id, severity) do update set first_response_minutes = excluded.first_response_minutes,
					    resolution_minutes = excluded.resolution_minutes""")
				.params(vendorId, target.severity().name(), target.firstResponseMinutes(), target.resolutionMinutes()).update();
		}
		events.publishEvent(new SupportTargetsChanged(vendorId));
		return of(vendorId);
	}

	/** A severity in the reader's words, for a rule's message. */
	private static MessageSourceResolvable label(Severity severity) {
		return new DefaultMessageSourceResolvable("support.severity." + severity.name());
	}

	Map<Severity, SupportTarget> ofUnscoped(UUID vendorId) {
		Map<Severity, SupportTarget> targets = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			targets.put(severity, severity.defaultTarget());
		}
		jdbc.sql("select severity, first_response_minutes, resolution_minutes from support_target where vendor_id = ?")
			.param(vendorId)
			.query(rs -> {
				Severity severity = Severity.valueOf(rs.getString(1));
				targets.put(severity, new SupportTarget(severity, rs.getInt(2), rs.getInt(3)));
			});
		return targets;
	}
}

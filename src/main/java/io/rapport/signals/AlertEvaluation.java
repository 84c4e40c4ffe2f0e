package io.rapport.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns each week's signs into alerts. A partnership newly at risk gets an open alert owned by its
 * CAM; a live alert follows its partnership's signs, each change of severity recorded; once the
 * signs clear, Rapport resolves it and says so in its history. An alert a person resolved or
 * dismissed stays closed until a reading shows new evidence ({@link AlertHold}); the alert raised
 * then names the one whose hold it broke.
 */
@Service
public class AlertEvaluation {

	private static final Logger log = LoggerFactory.getLogger(AlertEvaluation.class);

	private final PartnershipSignals signals;

	private final VendorProgrammes programmes;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final AlertDigest digest;

	private final PartnershipRetention retention;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AlertEvaluation(PartnershipSignals signals, VendorProgrammes programmes, JdbcClient jdbc,
			TransactionTemplate transactions, ObjectMapper json, AlertDigest digest, PartnershipRetention retention,
			Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
		this.signals = signals;
		this.retention = retention;
		this.programmes = programmes;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.digest = digest;
	}

	/**
	 * What an evaluation changed.
	 *
	 * @param keptClosed partnerships at risk whose alert a person closed and that show no new sign since
	 */
	public record Outcome(LocalDate evaluatedOn, int atRisk, int raised, int updated, int resolved, int keptClosed) {
	}

	/** Evaluates the vendor's partnerships now (channel chief). */
	public Outcome evaluateNow(UUID vendorId) {
		CurrentCaller.get().requireChiefOf(vendorId);
		return evaluate(vendorId);
	}

	/** Every Monday: the week's signs, with each vendor's retention model refitted, then the week's digests. */
	@Scheduled(cron = "0 0 6 * * MON", zone = "Europe/Warsaw")
	void weekly() {
		for (VendorProgramme programme : programmes.all()) {
			try {
				evaluate(programme.vendorId());
				digest.send(programme.vendorId());
			}
			catch (RuntimeException ex) {
				log.warn("Early warning for {} failed: {}", programme.vendorName(), ex.getMessage(), ex);
			}
		}
	}

	Outcome evaluate(UUID vendorId) {
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		LocalDate today = LocalDate.now(clock.withZone(programme.timeZone()));
		PartnershipSignals.Reading reading = signals.read(vendorId, today);
		Outcome outcome = transactions.execute(status -> store(vendorId, today, reading.risks()));
		if (reading.fit() != null) {
			// The same model the signs were read with, so a partnership's retention panel shows its alert's P(alive).
			retention.store(vendorId, today, reading.days(), reading.customers(), reading.fit());
		}
		return outcome;
	}

	/**
	 * Holds the vendor's alerts for the rest of the transaction: one evaluation of a vendor at a time
	 * (two would both raise an alert for the same partnership), and none while a withdrawn answer's
	 * evidence is taken out ({@link WithdrawnAnswers}).
	 */
	static void lock(JdbcClient jdbc, UUID vendorId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('risk_alert:' || ?))").param(vendorId.toString()).query().listOfRows();
	}

	private Outcome store(UUID vendorId, LocalDate today, List<PartnershipRisk> read) {
		lock(jdbc, vendorId);
		// An answer unsigned since the signs were read must not bring its score back (issue 12).
		List<PartnershipRisk> risks = signals.withSurveySignsNow(vendorId, today, read);
		// The live alerts are locked until the commit, so a person's step on one waits and then finds it
		// as this left it; one a person closed while this waited is no longer live when read, and stays as they closed it.
		Map<UUID, Live> live = new HashMap<>();
		jdbc.sql("""
				select id, partnership_id, severity, status from risk_alert
				where vendor_id = ? and status in ('OPEN', 'ACKNOWLEDGED') for update""")
			.param(vendorId)
			.query(rs -> {
				live.put(rs.getObject(2, UUID.class), new Live(rs.getObject(1, UUID.class), Severity.valueOf(rs.getString(3)),
						AlertStatus.valueOf(rs.getString(4))));
			});
		Map<UUID, AlertHold> holds = holds(vendorId);
		int atRisk = 0;
		int raised = 0;
		int updated = 0;
		int keptClosed = 0;
		for (PartnershipRisk risk : risks) {
			AlertHold hold = holds.get(risk.partnershipId());
			if (!risk.atRisk()) {
				narrow(vendorId, hold, risk);
				continue;
			}
			atRisk++;
			Live alert = live.remove(risk.partnershipId());
			if (alert != null) {
				update(vendorId, alert, risk, today);
				updated++;
			}
			else if (hold != null && hold.newSigns(risk.signals()).isEmpty()) {
				narrow(vendorId, hold, risk);
				keptClosed++;
			}
			else {
				raise(vendorId, risk, today, hold);
				raised++;
			}
		}
		Set<UUID> inForce = new HashSet<>();
		risks.forEach(risk -> inForce.add(risk.partnershipId()));
		for (Map.Entry<UUID, Live> cleared : live.entrySet()) {
			jdbc.sql("""
					update risk_alert set status = 'RESOLVED', closed_at = ?, evaluated_on = ?
					where id = ?""")
				.params(Timestamp.from(clock.instant()), java.sql.Date.valueOf(today), cleared.getValue().id()).update();
			event(cleared.getValue().id(), inForce.contains(cleared.getKey()) ? AlertChange.CLEARED : AlertChange.PARTNERSHIP_ENDED,
					AlertStatus.RESOLVED, cleared.getValue().severity(), null);
		}
		return new Outcome(today, atRisk, raised, updated, live.size(), keptClosed);
	}

	/**
	 * The closings people made that still hold, one per partnership at most: an alert a person closed
	 * that no later alert follows.
	 */
	private Map<UUID, AlertHold> holds(UUID vendorId) {
		Map<UUID, AlertHold> holds = new HashMap<>();
		jdbc.sql("""
				select a.id, a.partnership_id, a.evidence_through, a.held_signs::text from risk_alert a
				where a.vendor_id = ? and a.held_signs is not null
				  and not exists (select 1 from risk_alert b where b.vendor_id = a.vendor_id and b.follows_alert_id = a.id)
				order by a.closed_at, a.id""")
			.param(vendorId)
			.query(rs -> {
				List<String> keys = json.readValue(rs.getString(4), new TypeReference<List<String>>() {
				});
				holds.put(rs.getObject(2, UUID.class), new AlertHold(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getDate(3).toLocalDate(), Set.copyOf(keys)));
			});
		return holds;
	}

	/** Forgets the held signs that cleared: should one come back, it is new evidence. */
	private void narrow(UUID vendorId, AlertHold hold, PartnershipRisk risk) {
		if (hold == null) {
			return;
		}
		Set<String> standing = hold.standingAfter(risk.signals());
		if (!standing.equals(hold.signs())) {
			jdbc.sql("update risk_alert set held_signs = cast(? as jsonb) where id = ? and vendor_id = ?")
				.params(json.writeValueAsString(List.copyOf(standing)), hold.alertId(), vendorId)
				.update();
		}
	}

	/** @param broken the closing whose hold the new signs broke; null when none held */
	private void raise(UUID vendorId, PartnershipRisk risk, LocalDate today, AlertHold broken) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into risk_alert (id, vendor_id, partnership_id, owner_id, severity, weight, status, raised_on, evaluated_on,
				                        signals, p_alive, follows_alert_id)
				values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, cast(? as jsonb), ?, ?)""")
			.params(id, vendorId, risk.partnershipId(), risk.channelManagerId(), risk.severity().name(), risk.weight(),
					java.sql.Date.valueOf(today), java.sql.Date.valueOf(today), json.writeValueAsString(risk.signals()),
					risk.pAlive(), broken == null ? null : broken.alertId())
			.update();
		event(id, AlertChange.RAISED, AlertStatus.OPEN, risk.severity(), null);
		events.publishEvent(new AlertRaised(id, vendorId, risk.partnershipId(), risk.channelManagerId(), risk.severity()));
	}

	private void update(UUID vendorId, Live alert, PartnershipRisk risk, LocalDate today) {
		jdbc.sql("""
				update risk_alert set severity = ?, weight = ?, signals = cast(? as jsonb), p_alive = ?, evaluated_on = ?, owner_id = ?
				where id = ?""")
			.params(risk.severity().name(), risk.weight(), json.writeValueAsString(risk.signals()), risk.pAlive(),
					java.sql.Date.valueOf(today), risk.channelManagerId(), alert.id())
			.update();
		if (alert.severity() != risk.severity()) {
			event(alert.id(), risk.severity().compareTo(alert.severity()) > 0 ? AlertChange.SEVERITY_ROSE : AlertChange.SEVERITY_FELL,
					alert.status(), risk.severity(), null);
			if (risk.severity().compareTo(alert.severity()) > 0) {
				events.publishEvent(new AlertEscalated(alert.id(), vendorId, risk.partnershipId(), risk.channelManagerId(),
						alert.severity(), risk.severity()));
			}
		}
	}

	private void event(UUID alertId, AlertChange change, AlertStatus status, Severity severity, String note) {
		AlertChange.record(jdbc, alertId, change, status, severity, null, note);
	}

	private record Live(UUID id, Severity severity, AlertStatus status) {
	}
}

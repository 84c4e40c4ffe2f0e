package io.rapport.signals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.HeldTransaction;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: the weekly evaluation runs while a person dismisses an alert whose signs have just
 * cleared. Whichever comes first wins and the other finds its result: the evaluation never turns
 * a dismissed alert into a resolved one (losing the person's reason), and a dismissal that comes
 * second is refused because the alert is resolved.
 */
@RapportIntegrationTest
class AlertDismissalConcurrencyIntegrationTests {

	@Autowired
	TestProgrammes programmes;

	@Autowired
	AlertEvaluation evaluation;

	@Autowired
	Alerts alerts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void leavesAnAlertDismissedWhileTheEvaluationWaitedDismissed() {
		Programme programme = programmes.vendor("Concurrent Alert Vendor");
		UUID alertId = openAlertWithoutSigns(programme);
		HeldTransaction<AlertView> dismissal = HeldTransaction.start("dismissal", transactions, jdbc, programme.chief(),
				() -> alerts.dismiss(alertId, "Spoke to them: a quiet quarter, nothing more"));
		dismissal.awaitWorked();
		HeldTransaction<AlertEvaluation.Outcome> weekly = HeldTransaction.start("evaluation", transactions, jdbc,
				programme.chief(), () -> evaluation.evaluate(programme.vendorId()));
		weekly.release();
		weekly.awaitBlockedBy(dismissal);
		dismissal.commit();

		assertThat(weekly.commit().resolved()).isZero();
		assertThat(status(alertId)).isEqualTo("DISMISSED");
		assertThat(changes(alertId)).containsExactly("RAISED", "DISMISSED");
		assertThat(jdbc.sql("select closing_note from risk_alert where id = ?").param(alertId).query(String.class).single())
			.isEqualTo("Spoke to them: a quiet quarter, nothing more");
	}

	@Test
	void refusesADismissalThatWaitedForTheEvaluationToResolveTheAlert() {
		Programme programme = programmes.vendor("Concurrent Alert Vendor");
		UUID alertId = openAlertWithoutSigns(programme);
		HeldTransaction<AlertEvaluation.Outcome> weekly = HeldTransaction.start("evaluation", transactions, jdbc,
				programme.chief(), () -> evaluation.evaluate(programme.vendorId()));
		weekly.awaitWorked();
		HeldTransaction<AlertView> dismissal = HeldTransaction.start("dismissal", transactions, jdbc, programme.chief(),
				() -> alerts.dismiss(alertId, "Spoke to them: a quiet quarter, nothing more"));
		dismissal.release();
		dismissal.awaitBlockedBy(weekly);
		assertThat(weekly.commit().resolved()).isEqualTo(1);

		assertThatThrownBy(dismissal::commit).isInstanceOf(AlertStateException.class).hasMessageContaining("resolved");
		assertThat(status(alertId)).isEqualTo("RESOLVED");
		assertThat(changes(alertId)).containsExactly("RAISED", "CLEARED");
	}

	/** An open alert on a partnership that shows no sign of risk, so the next evaluation resolves it. */
	private UUID openAlertWithoutSigns(Programme programme) {
		Partner partner = programmes.partner(programme, "Gold", LocalDate.of(2024, 1, 1));
		UUID id = UUID.randomUUID();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		jdbc.sql("""
				insert into risk_alert (id, vendor_id, partnership_id, severity, weight, status, raised_on, evaluated_on, signals)
				values (?, ?, ?, 'LOW', 1, 'OPEN', ?, ?, '[]'::jsonb)""")
			.params(id, programme.vendorId(), partner.partnershipId(), java.sql.Date.valueOf(today), java.sql.Date.valueOf(today))
			.update();
		AlertChange.record(jdbc, id, AlertChange.RAISED, AlertStatus.OPEN, Severity.LOW, null, null);
		return id;
	}

	private String status(UUID alertId) {
		return jdbc.sql("select status from risk_alert where id = ?").param(alertId).query(String.class).single();
	}

	private List<String> changes(UUID alertId) {
		return jdbc.sql("select change from risk_alert_event where alert_id = ? order by id").param(alertId).query(String.class)
			.list();
	}
}

package io.rapport.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Issue 13: a person's closing holds against the same signs, and gives way to a new one. */
class AlertHoldTests {

	private static final Signal DROP = new Signal(SignalKind.SALES_DROP, List.of("3", "11.0", "0.01"));

	private static final Signal SILENCE = new Signal(SignalKind.CAM_CONTACT_LAPSED, List.of("150", ""));

	private static final Signal RETENTION = new Signal(SignalKind.RETENTION, List.of("0.40", "9"), false);

	private static final Signal RETENTION_URGENT = new Signal(SignalKind.RETENTION, List.of("0.15", "14"), true);

	private static final Signal EVENTS = new Signal(SignalKind.EVENTS_STOPPED, List.of("6", "26"));

	private static AlertHold closedWith(Signal... signals) {
		return new AlertHold(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 11, 30), AlertHold.keys(List.of(signals)));
	}

	@Test
	void findsNothingNewInTheSignsItWasClosedWith() {
		AlertHold hold = closedWith(DROP, SILENCE, RETENTION);
		assertThat(hold.newSigns(List.of(DROP, SILENCE, RETENTION))).isEmpty();
		assertThat(hold.newSigns(List.of(DROP, RETENTION))).isEmpty();
	}

	@Test
	void takesASignOfAnotherKindAsNewEvidence() {
		assertThat(closedWith(DROP, SILENCE).newSigns(List.of(DROP, SILENCE, EVENTS))).containsExactly(EVENTS);
	}

	@Test
	void takesTheRetentionSignTurningUrgentAsNewButNotTheReverse() {
		assertThat(closedWith(DROP, RETENTION).newSigns(List.of(DROP, RETENTION_URGENT))).containsExactly(RETENTION_URGENT);
		assertThat(closedWith(DROP, RETENTION_URGENT).newSigns(List.of(DROP, RETENTION))).isEmpty();
	}

	@Test
	void forgetsASignThatClearedSoThatItsReturnIsNew() {
		AlertHold hold = closedWith(DROP, SILENCE);
		Set<String> standing = hold.standingAfter(List.of(DROP));
		assertThat(standing).containsExactly("SALES_DROP");
		AlertHold narrowed = new AlertHold(hold.alertId(), hold.partnershipId(), hold.evidenceThrough(), standing);
		assertThat(narrowed.newSigns(List.of(DROP, SILENCE))).containsExactly(SILENCE);
	}

	@Test
	void keepsAnUrgentKeyWhileItsKindStands() {
		assertThat(closedWith(RETENTION_URGENT, DROP).standingAfter(List.of(RETENTION))).containsExactly("RETENTION:URGENT");
	}
}

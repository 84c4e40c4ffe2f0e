package io.rapport.signals.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.ValueRefusedException;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.signals.AlertDigest;
import io.rapport.signals.AlertEvaluation;
import io.rapport.signals.AlertStatus;
import io.rapport.signals.AlertView;
import io.rapport.signals.Alerts;
import io.rapport.signals.Severity;

/** Early-warning alerts about partnerships at risk, for the vendor's people only. */
@RestController
@Tag(name = "Alerts", description = "Partnerships at risk: the signs behind each, its owner and its life")
class AlertsApi {

	private final Alerts alerts;

	private final AlertEvaluation evaluation;

	private final AlertDigest digest;

	AlertsApi(Alerts alerts, AlertEvaluation evaluation, AlertDigest digest) {
		this.alerts = alerts;
		this.evaluation = evaluation;
		this.digest = digest;
	}

	@GetMapping("/api/v1/vendors/{vendorId}/alerts")
	@Operation(summary = "The vendor's alerts, open first and the most severe first; status and severity take one value "
			+ "or several separated by commas")
	List<AlertView> list(@PathVariable UUID vendorId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String severity, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) UUID partnershipId) {
		return alerts.list(vendorId, new Alerts.Filter(values(status, AlertStatus.class, "status"),
				values(severity, Severity.class, "severity"), ownerId, partnershipId));
	}

	@GetMapping("/api/v1/alerts/{id}")
	@Operation(summary = "One alert with its history")
	AlertView get(@PathVariable UUID id) {
		return alerts.get(id);
	}

	@PostMapping("/api/v1/alerts/{id}/acknowledge")
	@Operation(summary = "The partnership's CAM or the chief is on it; an optional note")
	AlertView acknowledge(@PathVariable UUID id, @Valid @RequestBody(required = false) Note note) {
		return alerts.acknowledge(id, note == null ? null : note.note());
	}

	@PostMapping("/api/v1/alerts/{id}/resolve")
	@Operation(summary = "The risk was dealt with; an optional note")
	AlertView resolve(@PathVariable UUID id, @Valid @RequestBody(required = false) Note note) {
		return alerts.resolve(id, note == null ? null : note.note());
	}

	@PostMapping("/api/v1/alerts/{id}/dismiss")
	@Operation(summary = "Not a risk after all; the reason is required and kept with the alert")
	AlertView dismiss(@PathVariable UUID id, @Valid @RequestBody(required = false) Dismissal dismissal) {
		return alerts.dismiss(id, dismissal == null ? null : dismissal.reason());
	}

	@PostMapping("/api/v1/vendors/{vendorId}/alerts/evaluate")
	@Operation(summary = "Read every partnership's signs now and raise, update or resolve alerts (channel chief); "
			+ "it runs every Monday anyway")
	AlertEvaluation.Outcome evaluate(@PathVariable UUID vendorId) {
		return evaluation.evaluateNow(vendorId);
	}

	@PostMapping("/api/v1/vendors/{vendorId}/alerts/digest")
	@Operation(summary = "Send this week's digest e-mail to the CAMs and chiefs now (channel chief); it goes every Monday anyway")
	Map<String, Integer> digest(@PathVariable UUID vendorId) {
		return Map.of("sent", digest.sendNow(vendorId));
	}

	record Note(@Size(max = TextLimits.NOTE) @NoControlCharacters(multiLine = true) String note) {
	}

	record Dismissal(@Size(max = TextLimits.NOTE) @NoControlCharacters(multiLine = true) String reason) {
	}

	private static <E extends Enum<E>> Set<E> values(String text, Class<E> type, String name) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		Set<E> values = EnumSet.noneOf(type);
		for (String part : text.split(",")) {
			String value = part.strip().toUpperCase(Locale.ROOT);
			try {
				values.add(Enum.valueOf(type, value));
			}
			catch (IllegalArgumentException ex) {
				throw new ValueRefusedException("value.oneOf", name, part.strip(),
						Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
			}
		}
		return values;
	}
}

package io.rapport.support.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.Uploads;
import io.rapport.support.CaseEvent;
import io.rapport.support.NewSupportCase;
import io.rapport.support.SupportCaseView;
import io.rapport.support.SupportCases;
import io.rapport.support.SupportImports;
import io.rapport.support.SupportMetrics;
import io.rapport.support.SupportMetricsView;
import io.rapport.support.SupportTarget;
import io.rapport.support.SupportTargets;

/** Partners' escalations, the vendor's responses and resolutions, targets and figures. */
@RestController
@Tag(name = "Support", description = "Partners' escalations with response and resolution times")
class SupportApi {

	private final SupportCases cases;

	private final SupportImports imports;

	private final SupportMetrics metrics;

	private final SupportTargets targets;

	SupportApi(SupportCases cases, SupportImports imports, SupportMetrics metrics, SupportTargets targets) {
		this.cases = cases;
		this.imports = imports;
		this.metrics = metrics;
		this.targets = targets;
	}

	@PostMapping("/api/v1/support-cases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a support case on a partnership (the partner, or the vendor's channel team)")
	SupportCaseView open(@Valid @RequestBody NewSupportCase request) {
		return cases.open(request, "API");
	}

	@GetMapping("/api/v1/support-cases")
	@Operation(summary = "The caller's cases, newest first: a vendor's, or a partner's with all its vendors; status=open|resolved")
	List<SupportCaseView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "200") int limit) {
		return cases.list(status, limit);
	}

	@GetMapping("/api/v1/support-cases/{id}")
	@Operation(summary = "One support case")
	SupportCaseView get(@PathVariable UUID id) {
		return cases.get(id);
	}

	@PostMapping("/api/v1/support-cases/{id}/events")
	@Operation(summary = "Record the vendor's FIRST_RESPONSE or the case RESOLVED at an instant (the vendor's channel team)")
	SupportCaseView record(@PathVariable UUID id, @Valid @RequestBody CaseEvent event) {
		return cases.record(id, event);
	}

	@PostMapping(path = "/api/v1/imports/support-cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import cases from a helpdesk's CSV or XLSX export; all or nothing, 422 lists every bad row")
	ImportReport importFile(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		return Uploads.onDisk(file, path -> imports.importFile(path, dryRun));
	}

	@GetMapping("/api/v1/vendors/{vendorId}/support-metrics")
	@Operation(summary = "Medians and 90th percentiles of response and resolution times, shares within target, phone "
			+ "first-call resolution and the open backlog, in total and per partnership; default the last year")
	SupportMetricsView metrics(@PathVariable UUID vendorId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return metrics.of(vendorId, from, to);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/support-targets")
	@Operation(summary = "The vendor's response and resolution targets per severity")
	List<SupportTarget> targets(@PathVariable UUID vendorId) {
		return targets.of(vendorId);
	}

	@PutMapping("/api/v1/vendors/{vendorId}/support-targets")
	@Operation(summary = "Set targets for some severities (channel chief); every stored quarter is recomputed")
	List<SupportTarget> saveTargets(@PathVariable UUID vendorId, @RequestBody List<SupportTarget> changes) {
		return targets.save(vendorId, changes);
	}
}

package io.rapport.touchpoints.api;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import io.rapport.common.Quarter;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.Uploads;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.touchpoints.CadenceNorms;
import io.rapport.touchpoints.CalendarKeywords;
import io.rapport.touchpoints.NewTouchpoint;
import io.rapport.touchpoints.Norm;
import io.rapport.touchpoints.NormCheck;
import io.rapport.touchpoints.TouchpointImports;
import io.rapport.touchpoints.TouchpointKind;
import io.rapport.touchpoints.TouchpointSource;
import io.rapport.touchpoints.TouchpointType;
import io.rapport.touchpoints.TouchpointTypes;
import io.rapport.touchpoints.TouchpointView;
import io.rapport.touchpoints.Touchpoints;

/** Touchpoints: recording, importing and reading them; the vendor's own types; cadence norms. */
@RestController
@Tag(name = "Touchpoints", description = "Communication and engagement events, imports and cadence norms")
class TouchpointsApi {

	private final Touchpoints touchpoints;

	private final TouchpointImports imports;

	private final TouchpointTypes types;

	private final CadenceNorms norms;

	private final CalendarKeywords keywords;

	private final Clock clock;

	TouchpointsApi(Touchpoints touchpoints, TouchpointImports imports, TouchpointTypes types, CadenceNorms norms,
			CalendarKeywords keywords, Clock clock) {
		this.clock = clock;
		this.keywords = keywords;
		this.touchpoints = touchpoints;
		this.imports = imports;
		this.types = types;
		this.norms = norms;
	}

	@PostMapping("/api/v1/touchpoints")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a touchpoint (channel chief or CAM); a repeated external id changes nothing")
	TouchpointView record(@Valid @RequestBody NewTouchpoint request) {
		return touchpoints.record(request, TouchpointSource.API);
	}

	@PutMapping("/api/v1/touchpoints/{id}")
	@Operation(summary = "Correct a touchpoint (channel chief or CAM): every value is replaced, checked as when recorded")
	TouchpointView correct(@PathVariable UUID id, @Valid @RequestBody NewTouchpoint request) {
		return touchpoints.correct(id, request);
	}

	@DeleteMapping("/api/v1/touchpoints/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a touchpoint recorded by mistake (channel chief or CAM)")
	void delete(@PathVariable UUID id) {
		touchpoints.delete(id);
	}

	@PostMapping(path = "/api/v1/imports/touchpoints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import touchpoints from CSV, XLSX or a calendar export (.ics, entries from..to, default the last "
			+ "year); all or nothing, 422 lists every bad row")
	ImportReport importFile(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) throws IOException {
		return Uploads.onDisk(file, path -> imports.importFile(path, from, to, dryRun));
	}

	@GetMapping("/api/v1/vendors/{vendorId}/calendar-keywords")
	@Operation(summary = "The words in a calendar entry's summary that give its touchpoint kind")
	Map<String, TouchpointKind> keywords(@PathVariable UUID vendorId) {
		return keywords.rules(vendorId);
	}

	@PutMapping("/api/v1/vendors/{vendorId}/calendar-keywords")
	@Operation(summary = "Replace the vendor's calendar keywords (channel chief); an empty object restores the defaults")
	Map<String, TouchpointKind> setKeywords(@PathVariable UUID vendorId, @RequestBody Map<String, TouchpointKind> rules) {
		return keywords.replace(vendorId, rules);
	}

	@GetMapping("/api/v1/partnerships/{id}/touchpoints")
	@Operation(summary = "The touchpoints that reached a partnership or its whole channel, newest first")
	List<TouchpointView> ofPartnership(@PathVariable UUID id, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		return touchpoints.ofPartnership(id, from == null ? end.minusYears(1) : from, end);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/touchpoints")
	@Operation(summary = "The vendor's touchpoints in a period, newest first (at most 1,000)")
	List<TouchpointView> ofVendor(@PathVariable UUID vendorId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "200") int limit) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		return touchpoints.ofVendor(vendorId, from == null ? end.minusYears(1) : from, end, limit);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/touchpoint-types")
	@Operation(summary = "The base touchpoint kinds and the vendor's own types")
	List<TouchpointType> types(@PathVariable UUID vendorId) {
		return types.of(vendorId);
	}

	@PostMapping("/api/v1/vendors/{vendorId}/touchpoint-types")
	@Operation(summary = "Add or rename one of the vendor's own touchpoint types (channel chief)")
	TouchpointType defineType(@PathVariable UUID vendorId, @Valid @RequestBody NewType request) {
		io.rapport.common.tenancy.CurrentCaller.get().requireOwnVendor(vendorId);
		return types.define(new TouchpointType(request.code(), request.name(), request.kind()));
	}

	@GetMapping("/api/v1/vendors/{vendorId}/cadence-norms")
	@Operation(summary = "The vendor's cadence norm targets")
	Map<Norm, Integer> normTargets(@PathVariable UUID vendorId) {
		return norms.targets(vendorId);
	}

	@PutMapping("/api/v1/vendors/{vendorId}/cadence-norms")
	@Operation(summary = "Set some of the vendor's cadence norm targets (channel chief)")
	Map<Norm, Integer> setNormTargets(@PathVariable UUID vendorId, @RequestBody Map<Norm, Integer> targets) {
		return norms.setTargets(vendorId, targets);
	}

	@GetMapping("/api/v1/vendors/{vendorId}/cadence")
	@Operation(summary = "Each cadence norm met or missed in a fiscal quarter (default: the current one)")
	List<NormCheck> cadence(@PathVariable UUID vendorId, @RequestParam(required = false) String quarter) {
		return norms.check(vendorId, quarter == null ? norms.currentQuarter(vendorId) : Quarter.parse(quarter));
	}

	record NewType(@NotBlank @Size(max = TextLimits.CODE) @NoControlCharacters String code,
			@NotBlank @Size(max = TextLimits.TYPE_NAME) @NoControlCharacters String name, @NotNull TouchpointKind kind) {
	}
}

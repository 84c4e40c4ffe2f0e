package io.rapport.touchpoints.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.imports.ImportKind;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.PageImports;
import io.rapport.touchpoints.TouchpointImports;
import io.rapport.touchpoints.Touchpoints;

/** The touchpoint import page and a partnership's timeline; the list and its forms are {@link TouchpointListPages}. */
@Controller
class TouchpointPages {

	static final String IMPORT = "touchpoints/import";

	static final String TIMELINE = "touchpoints/timeline :: timeline";

	private final Touchpoints touchpoints;

	private final TouchpointImports imports;

	private final Clock clock;

	private final PageImports uploads;

	TouchpointPages(Touchpoints touchpoints, TouchpointImports imports, Clock clock, PageImports uploads) {
		this.uploads = uploads;
		this.clock = clock;
		this.touchpoints = touchpoints;
		this.imports = imports;
	}

	@GetMapping("/touchpoints/import")
	String importPage(@OwnVendor UUID vendorId) {
		return IMPORT;
	}

	@PostMapping("/touchpoints/import")
	String importFile(@OwnVendor UUID vendorId, @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model,
			HttpServletResponse response) throws IOException {
		return uploads.upload(file, ImportKind.TOUCHPOINTS, dryRun, path -> imports.importFile(path, from, to, dryRun), model,
				response);
	}

	@GetMapping("/partnerships/{id}/touchpoints")
	String timeline(@PathVariable UUID id, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("touchpoints", touchpoints.ofPartnership(id, today.minusYears(1), today));
		return TIMELINE;
	}

}

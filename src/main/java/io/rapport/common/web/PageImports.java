package io.rapport.common.web;

import java.nio.file.Path;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.imports.ImportKind;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.ImportRuns;

/**
 * An upload sent from an import page, the same for every import: an empty file is said so on the
 * page; any other starts its run, whose fragment shows the result or, for a long file, its progress.
 */
@Component
public class PageImports {

	/** The shared result fragment: an empty upload, or (through {@link #RUN}) a run's outcome. */
	public static final String RESULT = "layout/import :: result";

	/** A run as the page follows it. */
	public static final String RUN = "layout/import :: run";

	private final ImportRuns runs;

	PageImports(ImportRuns runs) {
		this.runs = runs;
	}

	/** @return the fragment that answers the upload */
	public String upload(MultipartFile file, ImportKind kind, boolean dryRun, Function<Path, ImportReport> work, Model model,
			HttpServletResponse response) {
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (file.isEmpty()) {
			model.addAttribute("problem", "empty");
			response.setStatus(422);
			return RESULT;
		}
		model.addAttribute("run", runs.start(file, kind, dryRun, work));
		return RUN;
	}
}

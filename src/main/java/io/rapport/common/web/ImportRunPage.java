package io.rapport.common.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.rapport.common.imports.ImportRuns;

/** An import running in the background as its page follows it: the progress bar, then the result. */
@Controller
class ImportRunPage {

	static final String RUN = "layout/import :: run";

	private final ImportRuns runs;

	ImportRunPage(ImportRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/imports/{id}")
	String run(@PathVariable UUID id, Model model) {
		model.addAttribute("run", runs.get(id));
		return RUN;
	}
}

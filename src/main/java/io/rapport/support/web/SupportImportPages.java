package io.rapport.support.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.imports.ImportKind;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.web.OwnVendor;
import io.rapport.common.web.PageImports;
import io.rapport.support.SupportImports;

/**
 * The helpdesk export imported from a page, as the API takes it: checked without storing or
 * imported, all or nothing, a long file going on in the background.
 */
@Controller
class SupportImportPages {

	static final String IMPORT = "support/import";

	private final SupportImports imports;

	private final PageImports uploads;

	SupportImportPages(SupportImports imports, PageImports uploads) {
		this.imports = imports;
		this.uploads = uploads;
	}

	@GetMapping("/support/import")
	String importPage(@OwnVendor UUID vendorId) {
		CurrentCaller.get().require(Capability.WORK_WITH_PARTNERS);
		return IMPORT;
	}

	@PostMapping("/support/import")
	String importFile(@OwnVendor UUID vendorId, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model, HttpServletResponse response) {
		CurrentCaller.get().require(Capability.WORK_WITH_PARTNERS);
		return uploads.upload(file, ImportKind.SUPPORT_CASES, dryRun, path -> imports.importFile(path, dryRun), model, response);
	}
}

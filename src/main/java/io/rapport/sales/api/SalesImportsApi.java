package io.rapport.sales.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.rapport.sales.SalesImports;
import io.rapport.common.imports.ImportReport;
import io.rapport.common.imports.Uploads;

@RestController
@Tag(name = "Sales", description = "Sales lines, imports, KPIs and concentration")
class SalesImportsApi {

	private final SalesImports imports;

	SalesImportsApi(SalesImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/imports/sales", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import sales lines from CSV or XLSX (channel chief); all or nothing, 422 lists every bad row")
	ImportReport importSales(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		return Uploads.onDisk(file, path -> imports.importSales(path, file.getOriginalFilename(), dryRun));
	}

	@PostMapping(path = "/api/v1/imports/exchange-rates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import exchange rates to the reporting currency (channel chief); all or nothing")
	ImportReport importRates(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		return Uploads.onDisk(file, path -> imports.importExchangeRates(path, dryRun));
	}
}

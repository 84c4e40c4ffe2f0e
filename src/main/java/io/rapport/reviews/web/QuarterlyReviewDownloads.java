package io.rapport.reviews.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.reviews.internal.QuarterlyReviewPdf;
import io.rapport.reviews.internal.QuarterlyReviewPdf.ReviewFile;

/**
 * A partnership's quarterly business review as a PDF from the API, in the reader's language
 * ({@code Accept-Language} or {@code ?lang=pl}); a refusal is {@code application/problem+json}.
 * The page's download is {@link QuarterlyReviewPage}: the same file, refusals as pages.
 */
@RestController
class QuarterlyReviewDownloads {

	private final QuarterlyReviewPdf pdf;

	QuarterlyReviewDownloads(QuarterlyReviewPdf pdf) {
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/partnerships/{id}/review.pdf")
	ResponseEntity<byte[]> review(@PathVariable UUID id, @RequestParam(required = false) String quarter, Locale locale) {
		return download(pdf.render(id, quarter, locale));
	}

	/** The file as an attachment named for the partner and the quarter. */
	static ResponseEntity<byte[]> download(ReviewFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.pdf());
	}
}

package io.rapport.reviews.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.rapport.reviews.internal.QuarterlyReviewPdf;

/**
 * The quarterly business review downloaded from the partnership page: a partnership out of
 * reach or an unknown quarter answers with the site's error page, not with JSON.
 */
@Controller
class QuarterlyReviewPage {

	private final QuarterlyReviewPdf pdf;

	QuarterlyReviewPage(QuarterlyReviewPdf pdf) {
		this.pdf = pdf;
	}

	@GetMapping("/partnerships/{id}/review.pdf")
	@ResponseBody
	ResponseEntity<byte[]> review(@PathVariable UUID id, @RequestParam(required = false) String quarter, Locale locale) {
		return QuarterlyReviewDownloads.download(pdf.render(id, quarter, locale));
	}
}

package io.rapport.reviews.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a quarterly business review to PDF on the server: the Thymeleaf template
 * {@code reviews/quarterly-review} as XHTML, laid out by openhtmltopdf. The font is the Liberation
 * Sans that PDFBox ships, so Polish letters print in every environment without a system font.
 */
@Component
public class QuarterlyReviewPdf {

	static final String TEMPLATE = "reviews/quarterly-review";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final QuarterlyReviews reviews;

	private final ITemplateEngine templates;

	QuarterlyReviewPdf(QuarterlyReviews reviews, ITemplateEngine templates) {
		this.reviews = reviews;
		this.templates = templates;
	}

	/** The review of a partnership's quarter ({@code null}: the latest), in the reader's language. */
	public ReviewFile render(UUID partnershipId, String quarter, Locale locale) {
		QuarterlyReview review = reviews.of(partnershipId, quarter);
		Context context = new Context(locale);
		context.setVariable("review", review);
		context.setVariable("dates", dates(locale));
		context.setVariable("times", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
			.withZone(review.zone()));
		context.setVariable("rows", QuarterlyReviews.ROWS);
		String html = templates.process(TEMPLATE, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> QuarterlyReviewPdf.class.getResourceAsStream(FONT), "Rapport Sans");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ReviewFile("QBR " + review.partnership().partner().name() + " " + review.quarter() + ".pdf",
				out.toByteArray());
	}

	/** A rendered review and the name it is saved under. */
	public record ReviewFile(String fileName, byte[] pdf) {
	}

	/** Dates as the reader's locale writes them: {@code 03.12.2026} in Polish, {@code 3 Dec 2026} in English. */
	static DateTimeFormatter dates(Locale locale) {
		return "pl".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("dd.MM.yyyy", locale)
				: DateTimeFormatter.ofPattern("d MMM yyyy", locale);
	}
}

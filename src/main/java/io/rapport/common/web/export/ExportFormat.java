package io.rapport.common.web.export;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The files a list or a chart's data exports to: {@code ?format=csv} or {@code ?format=xlsx}. */
public enum ExportFormat {

	/** UTF-8 with a byte-order mark; on Polish pages semicolons and decimal commas, as Polish Excel reads them. */
	CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),

	/** An Excel workbook: numbers as numbers, dates as dates, the header row frozen. */
	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The format a request asked for; empty when it asked for the page itself. */
	public static Optional<ExportFormat> of(String requested) {
		if (requested == null || requested.isBlank()) {
			return Optional.empty();
		}
		for (ExportFormat format : values()) {
			if (format.extension.equals(requested.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}
}

package io.rapport.common.web.lists;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a list to itself with one parameter changed, keeping every filter: the pager's and
 * the column headers' addresses ({@code ${links.with('page', 2)}} in a template). A changed filter
 * or order starts again at the first page.
 */
public final class ListLinks {

	private final String path;

	private final String query;

	public ListLinks(HttpServletRequest request) {
		this.path = request.getRequestURI();
		this.query = request.getQueryString();
	}

	public String with(String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang");
		if (!"page".equals(name)) {
			builder.replaceQueryParam("page");
		}
		builder.replaceQueryParam(name, value == null ? new Object[0] : new Object[] { value });
		return builder.build().toUriString();
	}

	/** One chart's data of this page ({@code series}) exported in a format, with the page's filters. */
	public String export(String format, String series) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang").replaceQueryParam("page")
			.replaceQueryParam("format", format).replaceQueryParam("series", series).build().toUriString();
	}

	/** This list exported in a format ({@code csv} or {@code xlsx}), with its filters and order, every page. */
	public String export(String format) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang").replaceQueryParam("page")
			.replaceQueryParam("format", format).build().toUriString();
	}
}

package io.rapport.identity;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.rapport.common.DomainRuleException;

/**
 * What an API token may do. {@code read}: safe requests (GET, HEAD, OPTIONS); {@code write}: every
 * other request except imports; {@code import}: anything under {@code /api/v1/imports/}.
 */
public enum TokenScope {

	READ, WRITE, IMPORT;

	private static final String IMPORTS = "/api/v1/imports/";

	/** The scope a token needs for a request with this method and path (within the application). */
	public static TokenScope requiredFor(String method, String path) {
		if (path.startsWith(IMPORTS)) {
			return IMPORT;
		}
		return switch (method.toUpperCase(Locale.ROOT)) {
			case "GET", "HEAD", "OPTIONS" -> READ;
			default -> WRITE;
		};
	}

	/** The scope as the API writes it: {@code read}, {@code write} or {@code import}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The scope a code names, in any case.
	 * @throws DomainRuleException for any other code
	 */
	@JsonCreator
	public static TokenScope of(String code) {
		return Arrays.stream(values())
			.filter(scope -> scope.name().equalsIgnoreCase(code == null ? "" : code.trim()))
			.findFirst()
			.orElseThrow(() -> DomainRuleException.rule("identity.rule.unknownScope", code));
	}
}

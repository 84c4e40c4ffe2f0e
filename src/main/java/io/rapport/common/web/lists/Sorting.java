package io.rapport.common.web.lists;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.rapport.common.DomainRuleException;


/**
 * How a list is ordered: one whitelisted key and a direction, read from {@code sort=key,asc} or
 * {@code sort=key,desc}. Pages fall back to the default for a value they do not know and say so
 * ({@link #unknownRequested()}); the API refuses it with the keys it takes.
 */
public record Sorting<K extends Enum<K> & SortKey>(K key, boolean ascending, boolean unknownRequested) {

	/** For a page: an unknown key or direction gives the default order, flagged. */
	public static <K extends Enum<K> & SortKey> Sorting<K> lenient(String raw, Class<K> keys, K defaultKey,
			boolean defaultAscending) {
		Sorting<K> parsed = parse(raw, keys);
		return parsed != null ? parsed : new Sorting<>(defaultKey, defaultAscending, raw != null && !raw.isBlank());
	}

	/** For the API: an unknown key or direction is a 422 naming the keys the list takes. */
	public static <K extends Enum<K> & SortKey> Sorting<K> strict(String raw, Class<K> keys, K defaultKey,
			boolean defaultAscending) {
		if (raw == null || raw.isBlank()) {
			return new Sorting<>(defaultKey, defaultAscending, false);
		}
		Sorting<K> parsed = parse(raw, keys);
		if (parsed == null) {
			List<String> known = Arrays.stream(keys.getEnumConstants()).map(SortKey::param).toList();
			throw DomainRuleException.rule("list.sort.refused", raw.strip(), String.join(", ", known));
		}
		return parsed;
	}

	private static <K extends Enum<K> & SortKey> Sorting<K> parse(String raw, Class<K> keys) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String[] parts = raw.strip().split(",", -1);
		if (parts.length > 2) {
			return null;
		}
		boolean ascending = true;
		if (parts.length == 2) {
			String direction = parts[1].strip().toLowerCase(Locale.ROOT);
			if (!direction.equals("asc") && !direction.equals("desc")) {
				return null;
			}
			ascending = direction.equals("asc");
		}
		String name = parts[0].strip();
		for (K key : keys.getEnumConstants()) {
			if (key.param().equalsIgnoreCase(name) || key.name().equalsIgnoreCase(name)) {
				return new Sorting<>(key, ascending, false);
			}
		}
		return null;
	}

	/**
	 * The {@code order by} body for the key's SQL expression (fixed in code, never request text),
	 * with nulls last either way; callers add a unique tie-breaker.
	 */
	public String orderBy(String expression) {
		return expression + (ascending ? " asc" : " desc") + " nulls last";
	}

	/** The request value that asks for this order again. */
	public String param() {
		return key.param() + (ascending ? ",asc" : ",desc");
	}

	/** The request value a column header links to: this key reversed, or another key ascending. */
	public String toggle(String keyParam) {
		return keyParam.equals(key.param()) ? keyParam + (ascending ? ",desc" : ",asc") : keyParam + ",asc";
	}

	/** For a column header's {@code aria-sort}: ascending, descending or none. */
	public String ariaSort(String keyParam) {
		return !keyParam.equals(key.param()) ? "none" : ascending ? "ascending" : "descending";
	}
}

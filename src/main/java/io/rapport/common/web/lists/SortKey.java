package io.rapport.common.web.lists;

/**
 * A column a list may be sorted by, implemented by an enum per list: the enum is the whitelist,
 * so no request text ever reaches an {@code order by}. A list ordered in SQL gives each key its
 * expression (see {@link Sorting#orderBy(String)}); a list ordered in memory gives a comparator.
 */
public interface SortKey {

	/** The name the request uses ({@code sort=pei,asc}): the constant's name in lower camel case. */
	default String param() {
		String name = ((Enum<?>) this).name().toLowerCase(java.util.Locale.ROOT);
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : name.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}
}

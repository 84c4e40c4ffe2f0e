package io.rapport.common.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the columns of a file by their header, case-insensitive, in English or Polish, with
 * spaces, underscores and hyphens alike.
 */
public final class HeaderMap {

	private final Map<String, Integer> positions;

	private HeaderMap(Map<String, Integer> positions) {
		this.positions = positions;
	}

	/**
	 * @param aliases canonical column name → the names a person may give it
	 * @throws IllegalArgumentException naming unknown, repeated or missing columns
	 */
	public static HeaderMap of(List<String> header, Map<String, List<String>> aliases, Set<String> required) {
		Map<String, String> byAlias = new HashMap<>();
		aliases.forEach((column, names) -> {
			byAlias.put(key(column), column);
			names.forEach(name -> byAlias.put(key(name), column));
		});
		Map<String, Integer> positions = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String text = header.get(i).replace("\uFEFF", "").trim();
			if (text.isEmpty()) {
				continue;
			}
			String column = byAlias.get(key(text));
			if (column == null) {
				unknown.add(text);
			}
			else if (positions.putIfAbsent(column, i) != null) {
				throw new CellProblem("import.header.twice", column);
			}
		}
		if (!unknown.isEmpty()) {
			throw new CellProblem("import.header.unknown", unknown.size(), String.join(", ", unknown),
					String.join(", ", aliases.keySet()));
		}
		List<String> missing = required.stream().filter(c -> !positions.containsKey(c)).sorted().toList();
		if (!missing.isEmpty()) {
			throw new CellProblem("import.header.missing", missing.size(), String.join(", ", missing));
		}
		return new HeaderMap(positions);
	}

	public boolean has(String column) {
		return positions.containsKey(column);
	}

	/** The trimmed cell of a column, or null when the column is absent or the cell empty. */
	public String get(List<String> cells, String column) {
		Integer position = positions.get(column);
		if (position == null || position >= cells.size()) {
			return null;
		}
		String value = cells.get(position).trim();
		return value.isEmpty() ? null : value;
	}

	private static String key(String name) {
		return CellValues.plain(name).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
	}
}

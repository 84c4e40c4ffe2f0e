package io.rapport.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the API's paging shape. */
public record PageOf<T>(List<T> content, PageInfo page) {

	public record PageInfo(int number, int size, long totalElements, int totalPages) {
	}

	public static <T> PageOf<T> of(List<T> content, int number, int size, long total) {
		return new PageOf<>(content, new PageInfo(number, size, total, (int) ((total + size - 1) / size)));
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(content.stream().map(mapper).toList(), page);
	}
}

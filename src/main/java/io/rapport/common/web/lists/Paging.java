package io.rapport.common.web.lists;

/**
 * The page of a list a person asked for, zero-based, clamped to what exists: a negative page is
 * the first, a page past the end is the last ({@code page=999} of 8 shows page 8), a size outside
 * 1–{@value #MAX_SIZE} is brought inside.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public Paging {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	/** @param page as requested, may be {@code null}; @param size as requested, may be {@code null} */
	public static Paging of(Integer page, Integer size, int defaultSize) {
		return new Paging(page == null ? 0 : page, size == null ? defaultSize : size);
	}

	/** This paging moved onto the last page when it asked for one past the end of {@code total} rows. */
	public Paging within(long total) {
		int last = total == 0 ? 0 : (int) ((total - 1) / size);
		return page > last ? new Paging(last, size) : this;
	}

	public long offset() {
		return (long) page * size;
	}
}

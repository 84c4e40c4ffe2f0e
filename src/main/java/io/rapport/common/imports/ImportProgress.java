package io.rapport.common.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * How far an import running in the background has read its file: the readers open the file
 * through {@link #track}, which counts the bytes for the run bound to the thread, if any.
 */
public final class ImportProgress {

	private static final ThreadLocal<LongConsumer> BOUND = new ThreadLocal<>();

	private ImportProgress() {
	}

	/** Runs the import with every byte its readers read told to {@code read}. */
	public static <T> T during(LongConsumer read, Supplier<T> work) {
		BOUND.set(read);
		try {
			return work.get();
		}
		finally {
			BOUND.remove();
		}
	}

	/** The stream, counting for the run bound to this thread; as it is when none is. */
	static InputStream track(InputStream in) {
		LongConsumer read = BOUND.get();
		return read == null ? in : new Counting(in, read);
	}

	private static final class Counting extends FilterInputStream {

		private final LongConsumer read;

		private long total;

		Counting(InputStream in, LongConsumer read) {
			super(in);
			this.read = read;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				read.accept(++total);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				total += n;
				read.accept(total);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			total += skipped;
			return skipped;
		}
	}
}

package io.rapport.common.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than a number of bytes have been read: for parts of a file that are held in memory whole. */
final class CappedInputStream extends FilterInputStream {

	/** Read past the cap. */
	static final class CapExceeded extends IOException {

		CapExceeded(long cap) {
			super("more than " + cap + " bytes");
		}
	}

	private final long cap;

	private long read;

	CappedInputStream(InputStream in, long cap) {
		super(in);
		this.cap = cap;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			add(n);
		}
		return n;
	}

	private void add(long n) throws CapExceeded {
		read += n;
		if (read > cap) {
			throw new CapExceeded(cap);
		}
	}
}

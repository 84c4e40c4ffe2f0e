package io.rapport.touchpoints.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Joins folded lines — a line break followed by a space or tab — as the bytes pass, so a fold in
 * the middle of a multi-byte character (Outlook folds at 75 octets) joins back into the right
 * letter, without the file ever being held in memory. Remembers the last bytes that are not white
 * space, to tell a file cut short from a broken one.
 */
final class UnfoldingInputStream extends FilterInputStream {

	private static final int TAIL = 16;

	private final byte[] tail = new byte[TAIL];

	private int tailLength;

	UnfoldingInputStream(InputStream in) {
		super(new PushbackInputStream(in, 2));
	}

	private PushbackInputStream source() {
		return (PushbackInputStream) in;
	}

	@Override
	public int read() throws IOException {
		while (true) {
			int b = source().read();
			if (b == '\r') {
				int next = source().read();
				if (next == '\n') {
					int after = source().read();
					if (after == ' ' || after == '\t') {
						continue;
					}
					unread(after);
					unread('\n');
				}
				else {
					unread(next);
				}
			}
			else if (b == '\n') {
				int next = source().read();
				if (next == ' ' || next == '\t') {
					continue;
				}
				unread(next);
			}
			remember(b);
			return b;
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int n = 0;
		while (n < length) {
			int b = read();
			if (b < 0) {
				return n == 0 ? -1 : n;
			}
			buffer[offset + n++] = (byte) b;
			if (b == '\n' && source().available() == 0) {
				break;
			}
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = 0;
		while (skipped < n && read() >= 0) {
			skipped++;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** Whether the bytes read so far end, white space aside, with {@code END:VCALENDAR}. */
	boolean endsWithEndOfCalendar() {
		String end = new String(tail, 0, tailLength, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
		return end.endsWith("END:VCALENDAR");
	}

	private void unread(int b) throws IOException {
		if (b >= 0) {
			source().unread(b);
		}
	}

	private void remember(int b) {
		if (b < 0 || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
			return;
		}
		if (tailLength == TAIL) {
			System.arraycopy(tail, 1, tail, 0, TAIL - 1);
			tailLength--;
		}
		tail[tailLength++] = (byte) b;
	}
}

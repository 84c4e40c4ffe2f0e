package io.rapport.common.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text through while no line grows beyond a length, so a file of one endless line is
 * refused after that many characters instead of being gathered into memory whole.
 */
final class LineLimitedReader extends FilterReader {

	private final int maxLineChars;

	private long line = 1;

	private int length;

	LineLimitedReader(Reader in, int maxLineChars) {
		super(in);
		this.maxLineChars = maxLineChars;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int count) throws IOException {
		int n = super.read(buffer, offset, count);
		for (int i = 0; i < n; i++) {
			count(buffer[offset + i]);
		}
		return n;
	}

	private void count(char c) {
		if (c == '\n') {
			line++;
			length = 0;
		}
		else if (++length > maxLineChars) {
			throw new FileRefusedException(FileRefusedException.Reason.LINE_TOO_LONG, line, line,
					"Line " + line + " is longer than " + maxLineChars + " characters; a CSV row is much shorter (is this a CSV file?)");
		}
	}
}

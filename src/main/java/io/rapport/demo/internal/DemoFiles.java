package io.rapport.demo.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The export files demo steps write and import, as a vendor's people would: temporary, UTF-8,
 * deleted once imported.
 */
final class DemoFiles {

	/** Writes a file's content. */
	interface Content {

		void to(BufferedWriter out) throws IOException;
	}

	private DemoFiles() {
	}

	static Path write(String kind, Content content) {
		try {
			Path file = Files.createTempFile("rapport-demo-" + kind + "-", ".csv");
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				content.to(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

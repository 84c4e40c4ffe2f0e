package io.rapport.common.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.web.multipart.MultipartFile;

import io.rapport.common.DomainRuleException;

/**
 * Hands an uploaded file to an import as a file on disk: the readers stream from disk, so even a
 * million-row upload never sits in memory. The copy is deleted afterwards, whatever happens.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * @throws DomainRuleException when the upload is empty
	 */
	public static <T> T onDisk(MultipartFile upload, Function<Path, T> work) throws IOException {
		if (upload.isEmpty()) {
			throw DomainRuleException.rule("import.rule.empty");
		}
		Path copy = Files.createTempFile("rapport-import-", ".upload");
		try {
			upload.transferTo(copy);
			return work.apply(copy);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}
}

package io.rapport.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every image the README shows is in the project and light enough to load (issue 13: under 300 KB). */
class DocsScreenshotsTests {

	static final long MOST_BYTES = 300 * 1024;

	@Test
	void everyImageTheReadmeShowsExistsAndIsUnder300Kilobytes() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher images = Pattern.compile("\\]\\((docs/screenshots/[^)]+)\\)").matcher(readme);
		List<Path> shown = new ArrayList<>();
		while (images.find()) {
			shown.add(Path.of(images.group(1)));
		}
		assertThat(shown).hasSizeGreaterThanOrEqualTo(6);
		for (Path image : shown) {
			assertThat(image).as("%s is in the project", image).isRegularFile();
			assertThat(Files.size(image)).as("%s weighs under 300 KB", image).isLessThan(MOST_BYTES);
		}
	}

	@Test
	void everyImageInTheScreenshotsFolderIsUnder300Kilobytes() throws IOException {
		try (var files = Files.list(Path.of("docs/screenshots"))) {
			for (Path file : files.toList()) {
				assertThat(Files.size(file)).as("%s weighs under 300 KB", file).isLessThan(MOST_BYTES);
			}
		}
	}
}

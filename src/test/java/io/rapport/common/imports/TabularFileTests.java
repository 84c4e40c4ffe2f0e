package io.rapport.common.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12: a file that is not a spreadsheet, or goes beyond the limits, is refused as such, plainly and quickly. */
class TabularFileTests {

	private static final Path DIR = Path.of("target", "tabular-file-tests");

	static Path file(String name, byte[] content) throws IOException {
		Files.createDirectories(DIR);
		Path file = DIR.resolve(name);
		Files.write(file, content);
		return file;
	}

	private static List<List<String>> rows(Path file, TabularFile.Limits limits) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		TabularFile.read(file, (line, cells) -> rows.add(cells), limits);
		return rows;
	}

	@Test
	void readsAWorkbookItBuiltItself() throws IOException {
		Path xlsx = file("small.xlsx", CraftedFiles.workbook(CraftedFiles.STRINGS, out -> out.write((CraftedFiles.SHEET_START + "</sheetData></worksheet>")
			.getBytes(StandardCharsets.UTF_8))));
		assertThat(rows(xlsx, TabularFile.Limits.DEFAULT)).containsExactly(List.of("external_id"), List.of("A-1"));
	}

	@Test
	void refusesAPdfAsNotACsvOrXlsxFile() throws IOException {
		Path pdf = file("invoice.csv", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> rows(pdf, TabularFile.Limits.DEFAULT))
			.isInstanceOfSatisfying(FileRefusedException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(FileRefusedException.Reason.NOT_TABULAR);
				assertThat(ex.getMessage()).startsWith("This is not a CSV or XLSX file (it looks like a PDF document)");
				assertThat(ex.messageKey()).isEqualTo("import.refused.notTabular");
			});
	}

	@Test
	void refusesBinaryContentAndAnArchiveThatIsNoWorkbook() throws IOException {
		byte[] binary = new byte[4096];
		new java.util.Random(12).nextBytes(binary);
		binary[0] = 'x';
		assertThatThrownBy(() -> rows(file("random.csv", binary), TabularFile.Limits.DEFAULT))
			.isInstanceOf(FileRefusedException.class).hasMessageContaining("not a CSV or XLSX file");
		ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("just notes".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThatThrownBy(() -> rows(file("archive.xlsx", zipBytes.toByteArray()), TabularFile.Limits.DEFAULT))
			.isInstanceOf(FileRefusedException.class).hasMessageContaining("a ZIP archive that is not a workbook");
	}

	@Test
	void refusesALineLongerThanTheLimitWithItsLineNumber() throws IOException {
		Path csv = file("long-line.csv", ("external_id,amount\nA-1,10\n" + "x".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> rows(csv, new TabularFile.Limits(100, 50, 1 << 20)))
			.isInstanceOfSatisfying(FileRefusedException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(FileRefusedException.Reason.LINE_TOO_LONG);
				assertThat(ex.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
				assertThat(ex.getMessage()).startsWith("Line 3 is longer than 100 characters");
			});
	}

	@Test
	void refusesAFieldLongerThanTheLimitEvenAcrossLines() throws IOException {
		// A quote left open gathers the lines up to the next quote into one field, however many.
		Path csv = file("open-quote.csv", ("external_id,amount\nA-1,\"10\n" + "short line\n".repeat(20) + "\"\n")
			.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> rows(csv, new TabularFile.Limits(100, 50, 1 << 20)))
			.isInstanceOfSatisfying(FileRefusedException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(FileRefusedException.Reason.FIELD_TOO_LONG);
				assertThat(ex.getMessage()).startsWith("Line 2 has a field longer than 50 characters");
			});
	}

	@Test
	void refusesAZipBombWithinSeconds() throws IOException {
		Path bomb = file("bomb.xlsx", CraftedFiles.bomb());
		assertThat(Files.size(bomb)).isLessThan(2L << 20);
		long started = System.nanoTime();
		assertThatThrownBy(() -> rows(bomb, TabularFile.Limits.DEFAULT))
			.isInstanceOfSatisfying(FileRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(FileRefusedException.Reason.EXPANDS_TOO_FAR));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void refusesASharedStringsTableBeyondItsLimit() throws IOException {
		StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		for (int i = 0; i < 5000; i++) {
			strings.append("<si><t>customer ").append(i).append("</t></si>");
		}
		strings.append("</sst>");
		Path xlsx = file("strings.xlsx", CraftedFiles.workbook(strings.toString(), out -> out.write((CraftedFiles.SHEET_START + "</sheetData></worksheet>")
			.getBytes(StandardCharsets.UTF_8))));
		assertThat(rows(xlsx, new TabularFile.Limits(100, 50, 1 << 20))).hasSize(2);
		assertThatThrownBy(() -> rows(xlsx, new TabularFile.Limits(100, 50, 16 << 10)))
			.isInstanceOfSatisfying(FileRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(FileRefusedException.Reason.EXPANDS_TOO_FAR));
	}
}

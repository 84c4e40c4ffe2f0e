package io.rapport.common.imports;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** An import longer than a moment runs on in the background and is followed by its run (issue 13). */
@RapportIntegrationTest
class ImportRunsIntegrationTests {

	@Autowired
	ImportRuns runs;

	@Autowired
	TestProgrammes programmes;

	private static MockMultipartFile upload(String content) {
		return new MockMultipartFile("file", "sales.csv", "text/csv", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void aLongImportRunsOnInTheBackgroundAndEndsWithItsReport() throws Exception {
		Programme programme = programmes.vendor("Background Import Vendor");
		Programme other = programmes.vendor("Background Import Onlooker");
		CountDownLatch release = new CountDownLatch(1);
		ImportRuns.Run started = TestProgrammes.as(programme.chief(), () -> runs.start(upload("a,b\n1,2\n"), ImportKind.SALES, false,
				path -> {
					try {
						release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return new ImportReport(3, 1, 0, 0, false, List.of());
				}));
		assertThat(started.running()).isTrue();
		assertThat(started.fileName()).isEqualTo("sales.csv");
		// Another vendor's people cannot follow it.
		assertThatThrownBy(() -> TestProgrammes.as(other.chief(), () -> runs.get(started.id()))).isInstanceOf(NotFoundException.class);

		release.countDown();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !TestProgrammes.as(programme.chief(), () -> runs.get(started.id())).running());
		ImportRuns.Run ended = TestProgrammes.as(programme.chief(), () -> runs.get(started.id()));
		assertThat(ended.status()).isEqualTo(ImportRuns.Status.DONE);
		assertThat(ended.report().accepted()).isEqualTo(3);
		assertThat(ended.report().corrected()).isEqualTo(1);
	}

	@Test
	void aRefusedFileKeepsEveryRowsReasonWithItsCode() {
		Programme programme = programmes.vendor("Refused Background Vendor");
		ImportRuns.Run run = TestProgrammes.as(programme.chief(), () -> runs.start(upload("x\n"), ImportKind.SALES, false, path -> {
			throw new ImportRejectedException(2, List.of(RowError.of(2, "amount", "import.cell.notAmount", "12,3x"),
					RowError.of(3, "partner", "import.cell.missing", "partner")));
		}));
		assertThat(run.status()).isEqualTo(ImportRuns.Status.REJECTED);
		assertThat(run.rejection().rejected()).isEqualTo(2);
		assertThat(run.rejection().errors()).extracting(RowError::line).containsExactly(2L, 3L);
		assertThat(run.rejection().errors().get(0).code()).isEqualTo("import.cell.notAmount");
		assertThat(run.rejection().errors().get(0).arguments()).containsExactly("12,3x");
	}

	@Test
	void readingACsvMovesTheProgressAlong() throws Exception {
		StringBuilder csv = new StringBuilder("a,b\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append(i).append(",x\n");
		}
		List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		// ImportProgress counted the bytes the reader read: the whole file, in steps.
		java.nio.file.Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("progress", ".csv"), csv);
		try {
			ImportProgress.during(seen::add, () -> {
				try {
					TabularFile.read(file, (l, c) -> {
					});
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				return null;
			});
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		assertThat(seen).isNotEmpty();
		assertThat(seen.get(seen.size() - 1)).isEqualTo((long) csv.length());
	}
}

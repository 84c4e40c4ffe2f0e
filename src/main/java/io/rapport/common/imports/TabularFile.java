package io.rapport.common.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a spreadsheet file — CSV in UTF-8 (with or without BOM) or Windows-1250
 * with {@code ,} {@code ;} or tab between fields, or the first sheet of an XLSX workbook — as lists
 * of cell texts with the line number a spreadsheet user sees. Never loads the file into memory.
 *
 * <p>Limits (issue 12), each refused with a {@link FileRefusedException} that says which: a file
 * that is neither text nor a workbook (a PDF, an image, an old .xls) is refused before a byte of
 * it is read as rows; a CSV line may hold at most {@link Limits#maxLineChars()} characters and a
 * field at most {@link Limits#maxFieldChars()}; a workbook entry may unpack to at most
 * {@link #MAX_ENTRY_BYTES}, at a compression ratio no tighter than {@link #MIN_INFLATE_RATIO} (a
 * zip bomb is refused after its first hundred kilobytes), and its shared-strings table to at most
 * {@link Limits#maxSharedStringsBytes()}.
 */
public final class TabularFile {

	/** Receives the rows in file order; the first non-empty row is the header. */
	public interface RowVisitor {

		void row(long line, List<String> cells);
	}

	/** How much one file may hold; {@link #DEFAULT} for every import. */
	record Limits(int maxLineChars, int maxFieldChars, long maxSharedStringsBytes) {

		static final Limits DEFAULT = new Limits(100_000, 10_000, 64L << 20);
	}

	/** The most one workbook entry (a sheet's XML) may unpack to: about half a million rows of a sales export. */
	public static final long MAX_ENTRY_BYTES = 256L << 20;

	/** Compressed size over unpacked size below which an entry is a bomb, not a workbook (POI's own default). */
	public static final double MIN_INFLATE_RATIO = 0.01;

	static {
		// POI's limits are global: every workbook this application reads is read here.
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
	}

	private static final int SNIFFED_BYTES = 8192;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

	private TabularFile() {
	}

	/**
	 * @throws FileRefusedException when the file is not CSV or XLSX, or goes beyond a limit
	 * @throws IOException when the file cannot be read at all
	 */
	public static void read(Path file, RowVisitor visitor) throws IOException {
		read(file, visitor, Limits.DEFAULT);
	}

	static void read(Path file, RowVisitor visitor, Limits limits) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFFED_BYTES);
		}
		if (head.length >= 4 && Arrays.equals(head, 0, 4, ZIP, 0, 4)) {
			readXlsx(file, visitor, limits);
			return;
		}
		String binary = FileKinds.binaryKind(head);
		if (binary != null) {
			throw notTabular(binary);
		}
		readCsv(file, visitor, limits);
	}

	private static FileRefusedException notTabular(String kind) {
		return new FileRefusedException(FileRefusedException.Reason.NOT_TABULAR, 0, null,
				"This is not a CSV or XLSX file (it looks like " + kind + "); export the data as CSV or XLSX and upload that");
	}

	private static void readCsv(Path file, RowVisitor visitor, Limits limits) throws IOException {
		boolean bom = startsWith(file, UTF8_BOM);
		Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1250;
		char delimiter = delimiter(file, charset, bom, limits);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true).get();
		try (Reader reader = new LineLimitedReader(reader(file, charset, bom), limits.maxLineChars());
				CSVParser parser = CSVParser.parse(reader, format)) {
			long nextLine = 1;
			for (CSVRecord record : parser) {
				long line = nextLine;
				nextLine = parser.getCurrentLineNumber() + 1;
				List<String> cells = record.toList();
				for (String cell : cells) {
					if (cell.length() > limits.maxFieldChars()) {
						throw new FileRefusedException(FileRefusedException.Reason.FIELD_TOO_LONG, line, line,
								"Line " + line + " has a field longer than " + limits.maxFieldChars()
										+ " characters; is a quote left open?");
					}
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				visitor.row(line, cells);
			}
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			throw new IOException("the CSV is malformed: " + ex.getMessage(), ex);
		}
	}

	private static Reader reader(Path file, Charset charset, boolean bom) throws IOException {
		InputStream in = ImportProgress.track(Files.newInputStream(file));
		if (bom) {
			in.skipNBytes(UTF8_BOM.length);
		}
		return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
	}

	/** The delimiter that occurs most often in the header line, outside quotes. */
	private static char delimiter(Path file, Charset charset, boolean bom, Limits limits) throws IOException {
		try (BufferedReader reader = new BufferedReader(new LineLimitedReader(reader(file, charset, bom), limits.maxLineChars()))) {
			String header = reader.readLine();
			while (header != null && header.isBlank()) {
				header = reader.readLine();
			}
			if (header == null) {
				return ',';
			}
			int commas = 0;
			int semicolons = 0;
			int tabs = 0;
			boolean quoted = false;
			for (char c : header.toCharArray()) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted) {
					commas += c == ',' ? 1 : 0;
					semicolons += c == ';' ? 1 : 0;
					tabs += c == '\t' ? 1 : 0;
				}
			}
			return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
		}
	}

	private static boolean startsWith(Path file, byte[] prefix) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(prefix.length), prefix);
		}
	}

	/** Whether the whole file decodes as UTF-8; Polish Excel exports in Windows-1250 do not. */
	private static boolean isUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		try (var channel = Files.newByteChannel(file)) {
			while (true) {
				int n = channel.read(bytes);
				bytes.flip();
				var result = decoder.decode(bytes, chars, n < 0);
				if (result.isError()) {
					return false;
				}
				chars.clear();
				bytes.compact();
				if (n < 0) {
					return !decoder.flush(chars).isError();
				}
			}
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static void readXlsx(Path file, RowVisitor visitor, Limits limits) throws IOException {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw notTabular("a ZIP archive that is not a workbook");
		}
		try (pkg) {
			if (!isWorkbook(pkg)) {
				throw notTabular("an Office document that is not a workbook");
			}
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = sharedStrings(pkg, limits);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(visitor),
						new IsoDataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (FileRefusedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			if (isBomb(ex)) {
				throw new FileRefusedException(FileRefusedException.Reason.EXPANDS_TOO_FAR, 0, MAX_ENTRY_BYTES >> 20,
						"The workbook unpacks to more than " + (MAX_ENTRY_BYTES >> 20)
								+ " MB, or is packed more tightly than any spreadsheet is (a zip bomb); save it as CSV or split it");
			}
			if (ex instanceof IOException io) {
				throw io;
			}
			throw new IOException("the workbook cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static boolean isWorkbook(OPCPackage pkg) {
		var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (documents.size() == 0) {
			return false;
		}
		try {
			PackagePart document = pkg.getPart(documents.getRelationship(0));
			return document != null && document.getContentType().contains("spreadsheetml");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The shared strings, read through a cap: the table is held in memory whole. */
	private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, Limits limits) throws Exception {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(pkg);
		}
		try (InputStream in = new CappedInputStream(parts.get(0).getInputStream(), limits.maxSharedStringsBytes())) {
			return new ReadOnlySharedStringsTable(in);
		}
	}

	private static boolean isBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CappedInputStream.CapExceeded
					|| (t.getMessage() != null && t.getMessage().contains("Zip bomb"))) {
				return true;
			}
		}
		return false;
	}

	/** Collects one sheet row's cells, filling skipped (empty) cells with empty text. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowVisitor visitor;

		private final List<String> cells = new ArrayList<>();

		Rows(RowVisitor visitor) {
			this.visitor = visitor;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (!cells.stream().allMatch(String::isBlank)) {
				visitor.row(rowNum + 1L, List.copyOf(cells));
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value.trim());
		}
	}

	/**
	 * Numbers as plain decimals and dates as ISO days, whatever the cell's display format: the
	 * importer reads values, not what a locale's Excel shows.
	 */
	private static final class IsoDataFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}
}

package io.rapport.common.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} on the
 * current transaction's connection: the fastest way in, and still all or nothing with the
 * transaction. Rows are buffered and sent in megabyte batches. Nothing else may use the
 * connection until {@link #finish()} or {@link #cancel()}.
 */
public final class CopyWriter {

	private static final int FLUSH_AT = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private boolean firstField = true;

	private long rows;

	private CopyWriter(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * Opens a COPY into the table's listed columns.
	 * @param columns comma-separated, in the order fields will be written
	 */
	public static CopyWriter open(DataSource dataSource, String table, String columns) {
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			return new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy " + table + " (" + columns + ") from stdin (format csv)"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not start copying into " + table, ex);
		}
	}

	/** Adds a field to the current row; null is SQL NULL, anything else is written as its text. */
	public CopyWriter field(Object value) {
		if (!firstField) {
			buffer.append(',');
		}
		firstField = false;
		if (value != null) {
			String text = value.toString();
			buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		return this;
	}

	/** Ends the current row. */
	public void endRow() {
		buffer.append('\n');
		firstField = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	public long rows() {
		return rows;
	}

	/** Sends what is left and ends the COPY; the rows are then in the table. */
	public long finish() {
		flush();
		try {
			return copy.endCopy();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copying rows failed: " + ex.getMessage(), ex);
		}
	}

	/** Abandons the COPY; none of its rows are stored. */
	public void cancel() {
		try {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not cancel the copy", ex);
		}
	}

	private void flush() {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copying rows failed: " + ex.getMessage(), ex);
		}
		buffer.setLength(0);
	}
}

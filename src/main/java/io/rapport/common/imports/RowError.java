package io.rapport.common.imports;

/**
 * Why one row of an imported file was rejected.
 *
 * @param line the line a spreadsheet user sees (the header is line 1; 0 for an empty file)
 * @param column the column at fault, by its canonical name; null for the whole row or file
 * @param message what is wrong, for the person who will fix the file
 */
public record RowError(long line, String column, String message) {
}

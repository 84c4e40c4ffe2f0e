package io.rapport.sales.importing;
public record RowError(long line, String column, String message) {}

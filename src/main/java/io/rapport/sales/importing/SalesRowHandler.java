package io.rapport.sales.importing;
public interface SalesRowHandler { void accept(SalesRow row); void reject(RowError error); }

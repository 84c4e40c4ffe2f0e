package io.rapport.sales.importing;

import io.rapport.common.imports.RowError;
public interface SalesRowHandler { void accept(SalesRow row); void reject(RowError error); }

package io.rapport.sales.importing;

import io.rapport.common.imports.RowError;
public interface ExchangeRateHandler { void accept(ExchangeRateRow row); void reject(RowError error); }

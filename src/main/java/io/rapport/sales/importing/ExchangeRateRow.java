package io.rapport.sales.importing;
import java.math.BigDecimal;
import java.time.LocalDate;
public record ExchangeRateRow(long line, String currency, LocalDate validOn, RateGranularity granularity, BigDecimal rate) {}

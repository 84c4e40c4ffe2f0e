package io.rapport.sales.importing;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.rapport.sales.SalesCategory;
public record SalesRow(long line, String externalId, String partnerTaxId, String partnerName, LocalDate closedOn,
        BigDecimal amount, String currency, SalesCategory category, String description, String endCustomer,
        String endCustomerTaxId, String dealReference) {}

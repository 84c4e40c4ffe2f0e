/**
 * The vendor's transaction view: sales lines per partnership (product, solution or service),
 * imports from real spreadsheets, the KPIs vendors use and the 80/20 rule measured (Gini, top-20%
 * share, HHI, Lorenz curve) — the transaction side that engagement is later set against.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package io.rapport.sales;

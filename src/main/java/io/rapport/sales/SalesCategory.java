package io.rapport.sales;

/**
 * What a sales line sold. Priority 3 of the second column: reward whole solutions and services,
 * not just products.
 */
public enum SalesCategory {
	PRODUCT, SOLUTION, SERVICE
}

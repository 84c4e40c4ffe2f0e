/**
 * Support: a partner escalates a customer's problem to the vendor — by phone, e-mail, the portal
 * or chat — and the vendor answers and solves it. What partners value most is sorting a problem out
 * by phone; the times to a first response and to a resolution, against the vendor's own targets,
 * enter the vendor's engagement toward each partner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package io.rapport.support;

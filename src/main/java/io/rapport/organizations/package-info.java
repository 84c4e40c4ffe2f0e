/**
 * Organisations (vendors, partners, distributors, media), each vendor's programme (fiscal
 * calendar, ordered tiers) and partnerships: one vendor–partner relationship with its tier, CAM
 * and executive sponsor. Every read here is narrowed to the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package io.rapport.organizations;

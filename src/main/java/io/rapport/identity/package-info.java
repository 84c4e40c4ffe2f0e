/**
 * Users, their roles and personal API tokens; signing in on the web and in the API (HTTP Basic or
 * a bearer token). Turns an authenticated user into the {@link io.rapport.common.tenancy.Caller}
 * every other module scopes its queries by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.rapport.identity;

/**
 * The shared kernel: value objects every capability speaks in (money, fiscal quarter, tax id),
 * the caller and its tenant scope, the embedded database, error mapping and the page layout.
 * It is an open module: its sub-packages are usable by every other module, and it depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.rapport.common;

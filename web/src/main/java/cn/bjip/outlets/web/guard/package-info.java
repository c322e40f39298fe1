/**
 * The browser and transport rules of RS-7, in Undertow's handler chain ahead of the sign-in mechanism: API calls
 * without a bearer token are turned away (a session cookie never reaches {@code /api}), and so are state-changing
 * requests sent from another origin, so that a page of another site cannot act for a signed-in user; every answer
 * carries the hardening headers. Registered through {@code META-INF/services/io.undertow.servlet.ServletExtension};
 * the last one listed there runs first, so {@link cn.bjip.outlets.web.guard.SecurityHeaders} stands last to see
 * every answer, refusals included.
 */
package cn.bjip.outlets.web.guard;

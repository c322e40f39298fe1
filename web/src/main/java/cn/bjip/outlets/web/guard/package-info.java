/**
 * Requests the portal turns away before any of its code runs, in Undertow's handler chain ahead of the sign-in
 * mechanism: API calls without a bearer token (a session cookie never reaches {@code /api}) and state-changing requests
 * sent from another origin. Together they keep a page of another site from acting for a signed-in user (RS-7).
 * Registered through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
package cn.bjip.outlets.web.guard;

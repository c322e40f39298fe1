package cn.bjip.outlets.audit;

import java.time.Instant;

/**
 * What Keycloak recorded about a sign-in or an account (RS-5, RS-6): a failed or successful sign-in, a lockout, a
 * change of someone's roles or attributes (such as {@code outlet_code}) by an administrator.
 */
public record SignInEvent(Instant at, String type, String username, String ipAddress, String error, String detail) {
}

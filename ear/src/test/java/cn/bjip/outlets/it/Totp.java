package cn.bjip.outlets.it;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-time codes of the demo accounts that have an authenticator (office and center; their secrets are in the
 * realm and README), computed as an authenticator app does (RFC 6238: HMAC-SHA1, 6 digits, 30 s). Keycloak takes each
 * code once, so a code already used waits for the next period.
 */
final class Totp {

    private static final Map<String, String> SECRETS = Map.of("office", "OfficeDemoTotpSecret",
            "center", "CenterDemoTotpSecret");
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private Totp() {
    }

    static boolean required(String username) {
        return SECRETS.containsKey(username);
    }

    /** A code of {@code username}'s authenticator not used before in this run. */
    static synchronized String nextCode(String username) throws InterruptedException {
        long step = Instant.now().getEpochSecond() / 30;
        long last = LAST_STEP.getOrDefault(username, -1L);
        if (step <= last) {
            Thread.sleep((last + 1) * 30_000 - System.currentTimeMillis() + 200);
            step = last + 1;
        }
        LAST_STEP.put(username, step);
        return code(SECRETS.get(username), step);
    }

    static String code(String secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

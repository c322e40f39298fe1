package cn.bjip.outlets.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotent writes (RS-2): a request sent again with the same {@code Idempotency-Key} by the same caller gets what
 * the first one produced and stores nothing new. Used inside the service's transaction: the key is taken under a
 * transaction-scoped advisory lock (two retries at once wait for each other) and written with the result, so a crash
 * leaves both or neither. A key reused for a different request is refused. A request done in several transactions
 * (an import's chunks) keeps one entry per part, so a retry after a failure stores only the parts not yet stored.
 */
@Dependent
public class Idempotency {

    /** Header name, as clients send it. */
    public static final String HEADER = "Idempotency-Key";
    /** How long a key is kept. */
    public static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerIdentity caller;

    @Inject
    private Clock clock;

    /**
     * The id the first request with {@code key} produced, if there was one; refuses a malformed key, and a key used
     * before for another operation or other content ({@code fingerprint}).
     */
    public Optional<Long> earlier(String operation, String key, String fingerprint) {
        return earlier(operation, key, 0, fingerprint);
    }

    /** {@link #earlier(String, String, String)} for part {@code part} (from 0) of a request done in several transactions. */
    public Optional<Long> earlier(String operation, String key, int part, String fingerprint) {
        if (!KEY.matcher(key).matches()) {
            throw new BusinessRuleViolation("idempotency.key", HEADER);
        }
        key = stored(key, part);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, caller.name() + "\n" + key).getSingleResult(); // a key holds no line break
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT operation, fingerprint, result_id FROM idempotent_request"
                        + " WHERE caller = ?1 AND request_key = ?2 AND created_at > ?3")
                .setParameter(1, caller.name()).setParameter(2, key)
                .setParameter(3, Timestamp.from(clock.instant().minus(KEPT))).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !fingerprint.equals(row[1])) {
            throw new BusinessRuleViolation("idempotency.reused", HEADER);
        }
        return Optional.of(((Number) row[2]).longValue());
    }

    /** Notes what the request with {@code key} produced, in the same transaction (after {@link #earlier}). */
    public void remember(String operation, String key, String fingerprint, long resultId) {
        remember(operation, key, 0, fingerprint, resultId);
    }

    /** {@link #remember(String, String, String, long)} for part {@code part} (after {@link #earlier(String, String, int, String)}). */
    public void remember(String operation, String key, int part, String fingerprint, long resultId) {
        // every part is kept as long as the first: a key's parts expire together, never one stored again alone
        em.createNativeQuery("INSERT INTO idempotent_request (caller, request_key, operation, fingerprint, result_id, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, coalesce((SELECT created_at FROM idempotent_request WHERE caller = ?1"
                        + " AND request_key = ?8 AND created_at > ?7), ?6))"
                        + " ON CONFLICT (caller, request_key) DO UPDATE SET operation = EXCLUDED.operation,"
                        + " fingerprint = EXCLUDED.fingerprint, result_id = EXCLUDED.result_id, created_at = EXCLUDED.created_at"
                        + " WHERE idempotent_request.created_at <= ?7") // only an expired key is taken over
                .setParameter(1, caller.name()).setParameter(2, stored(key, part)).setParameter(3, operation)
                .setParameter(4, fingerprint).setParameter(5, resultId).setParameter(6, Timestamp.from(clock.instant()))
                .setParameter(7, Timestamp.from(clock.instant().minus(KEPT))).setParameter(8, key).executeUpdate();
    }

    /** A later part's key: the client's key, a space (which no client key holds) and the part's number. */
    private static String stored(String key, int part) {
        return part == 0 ? key : key + " " + part;
    }

    /** Forgets keys older than {@link #KEPT}; returns how many. */
    public int expire() {
        return em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at <= ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(KEPT))).executeUpdate();
    }

    /**
     * SHA-256 of the parts, in order, each with its length (no two lists of parts run together alike); a byte array
     * counts by its bytes, anything else by its text.
     */
    public static String fingerprint(List<?> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                byte[] bytes = part instanceof byte[] raw ? raw : String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update(String.valueOf(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

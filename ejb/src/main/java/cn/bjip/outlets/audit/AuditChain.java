package cn.bjip.outlets.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash chain of the audit trail (RS-5): entry {@code n} carries the SM3 hash (GB/T 32905, through BouncyCastle) of
 * its own content and of entry {@code n-1}'s hash, numbered without gaps from 1. A change of any stored field, a
 * deleted entry or two entries swapped breaks the chain at that place, whoever made it, in SQL or otherwise.
 */
public final class AuditChain {

    /** The "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** What one entry holds, as stored. */
    public record Link(long seq, Instant at, String actor, String action, String entityType, String entityId,
                       String detail, String result, String previousHash, String hash) {
    }

    /** Where the chain breaks. */
    public enum BreakKind {
        /** entries before this one are missing (deleted) */
        MISSING,
        /** the entry does not follow the one stored before it (that one changed, or entries were reordered) */
        UNLINKED,
        /** the entry's own fields are not the ones its hash was made of */
        CHANGED
    }

    public record Break(long seq, BreakKind kind) implements Serializable {
    }

    /** What a verification found: how many entries it checked, the last number, and the first breaks (at most 100). */
    public record Report(long checked, long lastSeq, List<Break> breaks) implements Serializable {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    public static String hash(String previousHash, long seq, Instant at, String actor, String action, String entityType,
                              String entityId, String detail, String result) {
        StringBuilder content = new StringBuilder(previousHash);
        for (String field : new String[] {String.valueOf(seq), at.toString(), actor, action, entityType, entityId, detail, result}) {
            // length-prefixed, so that no two different entries read the same
            content.append('|').append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field);
        }
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(bytes, 0, bytes.length);
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return HexFormat.of().formatHex(digest);
    }

    public static String hashOf(Link link) {
        return hash(link.previousHash(), link.seq(), link.at(), link.actor(), link.action(), link.entityType(),
                link.entityId(), link.detail(), link.result());
    }

    /** Checks links fed in the order of their numbers. */
    public static final class Verifier {
        private static final int MAX_BREAKS = 100;
        private long expectedSeq = 1;
        private String previousHash = GENESIS;
        private long checked;
        private final List<Break> breaks = new ArrayList<>();

        public void accept(Link link) {
            checked++;
            if (link.seq() != expectedSeq) {
                found(link.seq(), BreakKind.MISSING);
            } else if (!previousHash.equals(link.previousHash())) {
                found(link.seq(), BreakKind.UNLINKED);
            }
            if (!hashOf(link).equals(link.hash())) {
                found(link.seq(), BreakKind.CHANGED);
            }
            expectedSeq = link.seq() + 1;
            previousHash = link.hash();
        }

        private void found(long seq, BreakKind kind) {
            if (breaks.size() < MAX_BREAKS) {
                breaks.add(new Break(seq, kind));
            }
        }

        public Report report() {
            return new Report(checked, expectedSeq - 1, List.copyOf(breaks));
        }
    }
}

package cn.bjip.outlets.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The keys that encrypt personal data at rest, and the cipher: SM4 (GB/T 32907) in GCM mode through BouncyCastle, a
 * fresh 96-bit nonce per value, so equal values differ and a changed byte is detected. A value names the key it was
 * written with ({@code sm4:<id>:<base64 of nonce, ciphertext and tag>}); new values take the last key of the list,
 * so a key is rotated by appending one and re-encrypting ({@link PersonalDataRekey}). The list comes from the
 * environment variable {@value #VARIABLE}: {@code id:base64key,...}, each key 16 bytes.
 */
public final class DataKeys {

    public static final String VARIABLE = "PORTAL_DATA_KEYS";
    private static final String PREFIX = "sm4:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile DataKeys configured;

    private final Map<String, SecretKeySpec> keys;
    private final String current;

    private DataKeys(Map<String, SecretKeySpec> keys, String current) {
        this.keys = keys;
        this.current = current;
    }

    /** The keys the environment gives; refused, naming the variable, if it gives none or a malformed one. */
    public static DataKeys configured() {
        DataKeys keys = configured;
        if (keys == null) {
            configured = keys = parse(System.getenv(VARIABLE));
        }
        return keys;
    }

    /** Keys from a list {@code id:base64key,...}; the last one encrypts. */
    public static DataKeys parse(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set: personal data cannot be encrypted");
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        String last = null;
        for (String entry : list.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            byte[] key;
            try {
                key = parts.length == 2 ? Base64.getDecoder().decode(parts[1]) : new byte[0];
            } catch (IllegalArgumentException notBase64) {
                key = new byte[0];
            }
            if (!parts[0].matches("[A-Za-z0-9]{1,16}") || key.length != 16) {
                throw new IllegalStateException(VARIABLE + ": each entry must be <id>:<16 bytes in Base64>");
            }
            keys.put(parts[0], new SecretKeySpec(key, "SM4"));
            last = parts[0];
        }
        return new DataKeys(Map.copyOf(keys), last);
    }

    public String encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(current), nonce, plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX + current + ":" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a personal data value is not encrypted");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("personal data encrypted with key " + parts[1] + ", which " + VARIABLE
                    + " does not hold");
        }
        byte[] all = Base64.getDecoder().decode(parts[2]);
        byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, sealed), StandardCharsets.UTF_8);
    }

    /** {@code stored} encrypted afresh with the newest key; a value not yet encrypted is encrypted. */
    public String reencrypt(String stored) {
        return encrypt(stored.startsWith(PREFIX) ? decrypt(stored) : stored);
    }

    private static byte[] run(int mode, SecretKeySpec key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("personal data could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted (changed, or another key)"), failed);
        }
    }
}

package cn.bjip.outlets.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("RS-8")
class DataKeysTest {

    private static final String ONE = "1:" + Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());
    private static final String TWO = "2:" + Base64.getEncoder().encodeToString("fedcba9876543210".getBytes());

    @Test
    @DisplayName("SM4-GCM: a value comes back as it was, never stored as itself, and differently each time")
    void roundTrip() {
        DataKeys keys = DataKeys.parse(ONE);
        String sealed = keys.encrypt("010-6555 0111");
        assertTrue(sealed.startsWith("sm4:1:"), sealed);
        assertFalse(sealed.contains("6555"));
        assertNotEquals(sealed, keys.encrypt("010-6555 0111"), "a fresh nonce per value");
        assertEquals("010-6555 0111", keys.decrypt(sealed));
        assertEquals("张伟@例子.中国", keys.decrypt(keys.encrypt("张伟@例子.中国")));
    }

    @Test
    @DisplayName("a changed byte or a missing key is an error, not a wrong value")
    void tamperingAndUnknownKeysRefused() {
        DataKeys keys = DataKeys.parse(ONE);
        String sealed = keys.encrypt("staff@library.example.cn");
        char[] bytes = sealed.toCharArray();
        int middle = bytes.length / 2;
        bytes[middle] = bytes[middle] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> keys.decrypt(new String(bytes)));
        assertThrows(IllegalStateException.class, () -> DataKeys.parse(TWO).decrypt(sealed));
        assertThrows(IllegalStateException.class, () -> keys.decrypt("staff@library.example.cn"), "not encrypted");
    }

    @Test
    @DisplayName("rotation: with a key appended, old values still open and new ones take the new key")
    void rotation() {
        String old = DataKeys.parse(ONE).encrypt("13800000000");
        DataKeys rotated = DataKeys.parse(ONE + "," + TWO);
        assertEquals("13800000000", rotated.decrypt(old));
        String renewed = rotated.reencrypt(old);
        assertTrue(renewed.startsWith("sm4:2:"), renewed);
        assertEquals("13800000000", rotated.decrypt(renewed));
        assertTrue(rotated.reencrypt("13800000000").startsWith("sm4:2:"), "a value not yet encrypted is encrypted");
    }

    @Test
    @DisplayName("a missing or malformed key list is refused, naming PORTAL_DATA_KEYS")
    void badConfigurationRefused() {
        for (String bad : new String[] {null, " ", "1", "1:c2hvcnQ=", "x y:" + ONE.substring(2)}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DataKeys.parse(bad));
            assertTrue(refused.getMessage().contains("PORTAL_DATA_KEYS"), refused.getMessage());
        }
    }
}

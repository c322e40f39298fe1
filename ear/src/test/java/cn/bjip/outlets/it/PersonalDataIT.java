package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.platform.DataKeys;
import cn.bjip.outlets.platform.PersonalDataRekey;
import jakarta.json.JsonObject;
import java.sql.Connection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People's contact phones and e-mail addresses are encrypted at rest, and re-encrypted by the rotation command. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-8")
@Tag("security")
class PersonalDataIT {

    private static final String PHONE = "SELECT contact_phone FROM outlet WHERE code = 'BJ-LIBRARY-001'";
    private static final String EMAIL = "SELECT contact_email FROM outlet WHERE code = 'BJ-LIBRARY-001'";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("RS-8 the database holds a contact phone and e-mail address only encrypted (SM4-GCM); the portal shows them plain; rotation re-encrypts them and they still read the same")
    void contactsEncryptedAtRest() throws Exception {
        Portal.ensureLibraryOutlet();
        String phone = TestDatabase.first(PHONE).orElseThrow();
        String email = TestDatabase.first(EMAIL).orElseThrow();
        assertTrue(phone.startsWith("sm4:") && email.startsWith("sm4:"), phone + " " + email);
        assertFalse(phone.contains("65550111") || email.contains("outlet@"), "no plain text in the database");
        assertContactsShown();

        int rewritten;
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            rewritten = PersonalDataRekey.rekey(db, DataKeys.configured());
            db.commit();
        }
        assertTrue(rewritten >= 2, "rewritten: " + rewritten);
        assertNotEquals(phone, TestDatabase.first(PHONE).orElseThrow(), "a fresh encryption");
        assertContactsShown();
    }

    private static void assertContactsShown() throws Exception {
        JsonObject outlet = Portal.json(Portal.get("api/outlets/mine", Portal.token("library-staff")).body());
        assertEquals("010-65550111", outlet.getString("contactPhone"), outlet.toString());
        assertEquals("outlet@example.cn", outlet.getString("contactEmail"));
    }
}

package cn.bjip.outlets.platform;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 11 (in Java because the key is the server's, not the database's): makes room for encrypted
 * contact phones and e-mail addresses and encrypts the ones already stored ({@link PersonalDataRekey}). Registered
 * by {@code DatabaseMigration}.
 */
public class V11__Encrypt_personal_contacts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            for (String table : PersonalDataRekey.TABLES) {
                ddl.execute("ALTER TABLE " + table + " ALTER COLUMN contact_phone TYPE TEXT,"
                        + " ALTER COLUMN contact_email TYPE TEXT");
            }
        }
        PersonalDataRekey.rekey(db, DataKeys.configured());
    }
}

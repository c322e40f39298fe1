package cn.bjip.outlets.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A person's phone number or e-mail address: encrypted in the database, plain in the entity ({@link DataKeys}). */
@Converter
public class PersonalData implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : DataKeys.configured().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : DataKeys.configured().decrypt(stored);
    }
}

package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;

/**
 * Stores a record's IP fields as bits of one small integer (patent 1, trademark 2, geographical indication 4):
 * no join table for millions of records, and {@code ip_mask & bit <> 0} filters in SQL.
 */
@Converter
public class IpFieldMask implements AttributeConverter<Set<IpField>, Integer> {

    public static int bit(IpField field) {
        return 1 << field.ordinal();
    }

    @Override
    public Integer convertToDatabaseColumn(Set<IpField> fields) {
        return fields == null ? 0 : fields.stream().mapToInt(IpFieldMask::bit).sum();
    }

    @Override
    public Set<IpField> convertToEntityAttribute(Integer mask) {
        Set<IpField> fields = EnumSet.noneOf(IpField.class);
        for (IpField field : IpField.values()) {
            if (mask != null && (mask & bit(field)) != 0) {
                fields.add(field);
            }
        }
        return fields;
    }
}

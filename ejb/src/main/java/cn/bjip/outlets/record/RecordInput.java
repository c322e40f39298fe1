package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a user submits for one service record: the common core and the values of the plugin form's
 * fields by key, as typed or as text. The outlet is never part of it: it is the caller's own.
 */
public record RecordInput(String formId, ServiceKind serviceKind, Set<IpField> ipFields, LocalDate serviceDate,
                          BeneficiaryKind beneficiaryKind, Integer beneficiaryCount, Boolean charged,
                          BigDecimal feeAmount, String summary, Map<String, Object> values) {

    public RecordInput {
        ipFields = ipFields == null ? Set.of() : Set.copyOf(ipFields);
        charged = Boolean.TRUE.equals(charged);
        values = values == null ? Map.of() : values;
    }

    /** The same record with other form values. */
    public RecordInput withValues(Map<String, Object> newValues) {
        return new RecordInput(formId, serviceKind, ipFields, serviceDate, beneficiaryKind, beneficiaryCount, charged,
                feeAmount, summary, newValues);
    }
}

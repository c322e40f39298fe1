package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service record as its readers see it, with what this caller may do with it now ({@code actions}): the pages and
 * the API offer exactly those, and {@link RecordService} refuses anything else.
 */
public record RecordView(long id, long version, String outletCode, String networkType, String formId, int formVersion,
                         ServiceKind serviceKind, Set<IpField> ipFields, LocalDate serviceDate,
                         BeneficiaryKind beneficiaryKind, int beneficiaryCount, boolean charged, BigDecimal feeAmount,
                         String summary, Map<String, Object> values, String createdBy, Instant createdAt,
                         Set<RecordAction> actions) implements Serializable {

    static RecordView of(ServiceRecord r, Set<RecordAction> actions) {
        return new RecordView(r.getId(), r.getVersion(), r.getOutlet().getCode(), r.getNetworkType(), r.getFormId(),
                r.getFormVersion(), r.getServiceKind(), Set.copyOf(r.getIpFields()), r.getServiceDate(),
                r.getBeneficiaryKind(), r.getBeneficiaryCount(), r.isCharged(), r.getFeeAmount(), r.getSummary(),
                Collections.unmodifiableMap(new LinkedHashMap<>(r.getData())), r.getCreatedBy(), r.getCreatedAt(), Set.copyOf(actions));
    }

    public boolean editable() {
        return actions.contains(RecordAction.EDIT);
    }

    public boolean deletable() {
        return actions.contains(RecordAction.DELETE);
    }
}

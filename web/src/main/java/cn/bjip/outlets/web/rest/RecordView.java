package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.record.BeneficiaryKind;
import cn.bjip.outlets.record.ServiceKind;
import cn.bjip.outlets.record.ServiceRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A service record as the API shows it. */
public record RecordView(long id, long version, String outletCode, String networkType, String formId, int formVersion,
                         ServiceKind serviceKind, Set<IpField> ipFields, LocalDate serviceDate,
                         BeneficiaryKind beneficiaryKind, int beneficiaryCount, boolean charged, BigDecimal feeAmount,
                         String summary, Map<String, Object> values, String createdBy, Instant createdAt) {

    static RecordView of(ServiceRecord r) {
        return new RecordView(r.getId(), r.getVersion(), r.getOutlet().getCode(), r.getNetworkType(), r.getFormId(),
                r.getFormVersion(), r.getServiceKind(), r.getIpFields(), r.getServiceDate(), r.getBeneficiaryKind(),
                r.getBeneficiaryCount(), r.isCharged(), r.getFeeAmount(), r.getSummary(), r.getData(), r.getCreatedBy(),
                r.getCreatedAt());
    }
}

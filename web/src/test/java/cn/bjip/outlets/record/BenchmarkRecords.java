package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.Outlet;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Service records made in memory for benchmarks, as the portal would have stored and shown them. */
public final class BenchmarkRecords {

    private BenchmarkRecords() {
    }

    public static RecordView record(Outlet outlet, long id, LocalDate day) {
        ServiceRecord record = new ServiceRecord(outlet, Instant.now(), "library-staff");
        record.fill(new RecordInput("referenceConsultation", ServiceKind.AFFAIRS_CONSULTATION, Set.of(IpField.PATENT), day,
                BeneficiaryKind.PUBLIC, (int) (1 + id % 7), false, BigDecimal.ZERO, "专利信息参考咨询 " + id,
                Map.of()), 1, Map.of("questions", 1 + id % 5));
        setId(record, id);
        return RecordView.of(record, Set.of());
    }

    private static void setId(ServiceRecord record, long id) {
        try {
            Field field = ServiceRecord.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

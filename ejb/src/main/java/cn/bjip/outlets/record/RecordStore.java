package cn.bjip.outlets.record;

import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The storage step of an import: one chunk of checked records in a transaction of its own, audited. The chunk is one
 * {@code INSERT … SELECT FROM unnest(arrays)}: one statement and one round of the rollup triggers for the whole chunk,
 * under row-level security like any insert (PostgreSQL refuses {@code COPY} into a table with row-level security). With
 * the import's {@code Idempotency-Key} a chunk stored before is not stored again, so a retried import stores only what
 * the first attempt did not.
 */
@Stateless
public class RecordStore {

    static final String OPERATION = "record.import";

    private static final String INSERT = """
            INSERT INTO service_record (id, outlet_id, network_type, form_id, form_version, service_kind, ip_mask,
                service_date, beneficiary_kind, beneficiary_count, charged, fee_amount, summary, data, created_at,
                created_by, version)
            SELECT r.id, ?, ?, r.form_id, r.form_version, r.service_kind, r.ip_mask, r.service_date, r.beneficiary_kind,
                r.beneficiary_count, r.charged, r.fee_amount, r.summary, r.data, r.created_at, ?, 0
            FROM unnest(?::bigint[], ?::text[], ?::int[], ?::text[], ?::int[], ?::date[], ?::text[], ?::int[],
                ?::boolean[], ?::numeric[], ?::text[], ?::jsonb[], ?::timestamptz[])
                AS r(id, form_id, form_version, service_kind, ip_mask, service_date, beneficiary_kind, beneficiary_count,
                     charged, fee_amount, summary, data, created_at)""";

    private static final IpFieldMask IP_MASK = new IpFieldMask();

    /** Looked up once: {@code Json.createObjectBuilder} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The columns after the id, in the statement's order; each value is sent as text and cast by PostgreSQL. */
    private static final List<Function<ServiceRecord, Object>> COLUMNS = List.of(ServiceRecord::getFormId,
            ServiceRecord::getFormVersion, ServiceRecord::getServiceKind, r -> IP_MASK.convertToDatabaseColumn(r.getIpFields()),
            ServiceRecord::getServiceDate, ServiceRecord::getBeneficiaryKind, ServiceRecord::getBeneficiaryCount,
            ServiceRecord::isCharged, r -> r.getFeeAmount() == null ? null : r.getFeeAmount().toPlainString(),
            ServiceRecord::getSummary, r -> JSON.createObjectBuilder(r.getData()).build(), ServiceRecord::getCreatedAt);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private Idempotency idempotency;

    /**
     * Stores {@code records} (file lines {@code firstLine}..{@code lastLine}) and returns how many are stored: now, or
     * before under {@code key} (null: no key), chunk {@code chunk} of the file with {@code fingerprint}.
     */
    @RolesAllowed(OUTLET_STAFF)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int store(List<ServiceRecord> records, int firstLine, int lastLine, String key, int chunk, String fingerprint) {
        if (key != null && idempotency.earlier(OPERATION, key, chunk, fingerprint).isPresent()) {
            return records.size();
        }
        List<Long> ids = em.unwrap(Session.class).doReturningWork(db -> insert(db, records));
        audit.record("record.imported", "Outlet", records.get(0).getOutlet().getCode(),
                "导入 " + records.size() + " 条（文件第 " + firstLine + "–" + lastLine + " 行）");
        if (key != null) {
            idempotency.remember(OPERATION, key, chunk, fingerprint, ids.get(0));
        }
        return records.size();
    }

    private static List<Long> insert(Connection db, List<ServiceRecord> records) throws SQLException {
        List<Long> ids = ids(db, records.size());
        ServiceRecord first = records.get(0);
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            insert.setLong(1, first.getOutlet().getId());
            insert.setString(2, first.getNetworkType());
            insert.setString(3, first.getCreatedBy());
            insert.setArray(4, db.createArrayOf("bigint", ids.toArray()));
            for (int c = 0; c < COLUMNS.size(); c++) {
                insert.setArray(5 + c, db.createArrayOf("text", records.stream().map(COLUMNS.get(c))
                        .map(value -> value == null ? null : value.toString()).toArray()));
            }
            insert.executeUpdate();
        }
        return ids;
    }

    /** {@code count} new record ids: blocks of the sequence, each value standing for the ids up to it, as for Hibernate. */
    private static List<Long> ids(Connection db, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement next = db.prepareStatement("SELECT nextval('service_record_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, count / ServiceRecord.IDS_PER_VALUE + 2); // a first value below the block size holds fewer ids
            try (ResultSet values = next.executeQuery()) {
                while (values.next() && ids.size() < count) {
                    long last = values.getLong(1);
                    long first = Math.max(1, last - ServiceRecord.IDS_PER_VALUE + 1);
                    for (long id = first; id <= last && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}

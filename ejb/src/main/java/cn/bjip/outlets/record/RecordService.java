package cn.bjip.outlets.record;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.Idempotency;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PlainText;
import cn.bjip.outlets.platform.StaleVersion;
import cn.bjip.outlets.plugin.FormDirectory;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The boundary for service records (R-8.1, R-9.1, R-10.1). Outlet staff log, change and delete the records of
 * their own outlet only (the outlet comes from their token, never from the request); center staff and the office
 * read every outlet's. A record of another outlet is, for outlet staff, a record that does not exist.
 */
@Stateless
public class RecordService {

    private static final String CREATE = "record.create";

    /**
     * The most records {@link #chunk} returns at once: a few megabytes of views, and few enough calls that each one's
     * transaction, scope and outlet cost little against its rows (an export of 100,000 records makes 20).
     */
    public static final int MAX_CHUNK = 5_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private FormDirectory forms;

    @Inject
    private Clock clock;

    @Inject
    private Idempotency idempotency;

    @Inject
    private RecordLocks locks;

    @Inject
    private RecordFiller filler;

    @Inject
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    /** Whether the caller logs and changes records at all (outlet staff), so that pages offer it. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public boolean changesRecords() {
        return scope.limited();
    }

    /** The forms the caller's outlet may log new records with. */
    @RolesAllowed(OUTLET_STAFF)
    public List<RecordForm> formsForNewRecords() {
        return forms.openForNewRecords(scope.mine().getNetworkType());
    }

    /**
     * Stores a new record of the caller's outlet; with an {@code idempotencyKey} (RS-2, or null) a retry of the same
     * request returns the record the first one stored, and stores nothing new.
     */
    @RolesAllowed(OUTLET_STAFF)
    public RecordView create(@NotNull RecordInput input, String idempotencyKey) {
        Outlet outlet = scope.mine();
        String fingerprint = idempotencyKey == null ? null : fingerprint(input);
        if (idempotencyKey != null) {
            Optional<Long> earlier = idempotency.earlier(CREATE, idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return view(entity(earlier.get()), locks.lockedDays(outlet));
            }
        }
        ServiceRecord record = filler.newRecord(outlet, input, caller.name());
        locks.refuseChange(outlet, record.getServiceDate());
        em.persist(record);
        audit.record("record.created", "ServiceRecord", String.valueOf(record.getId()), describe(record));
        if (idempotencyKey != null) {
            idempotency.remember(CREATE, idempotencyKey, fingerprint, record.getId());
        }
        return view(record, locks.lockedDays(outlet));
    }

    @RolesAllowed(OUTLET_STAFF)
    public RecordView update(long id, long expectedVersion, @NotNull RecordInput input) {
        ServiceRecord record = current(id, expectedVersion);
        locks.refuseChange(record.getOutlet(), record.getServiceDate());
        filler.fill(record, record.getNetworkType(), input);
        locks.refuseChange(record.getOutlet(), record.getServiceDate());
        record.touched(clock.instant(), caller.name());
        audit.record("record.updated", "ServiceRecord", String.valueOf(id), describe(record));
        em.flush();
        return view(record, locks.lockedDays(record.getOutlet()));
    }

    @RolesAllowed(OUTLET_STAFF)
    public void delete(long id, long expectedVersion) {
        ServiceRecord record = current(id, expectedVersion);
        locks.refuseChange(record.getOutlet(), record.getServiceDate());
        em.remove(record);
        audit.record("record.deleted", "ServiceRecord", String.valueOf(id), describe(record));
    }

    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public RecordView find(long id) {
        ServiceRecord record = entity(id);
        return view(record, lockedDays());
    }

    private ServiceRecord entity(long id) {
        String mine = scope.limited() ? scope.mine().getCode() : null;
        TypedQuery<ServiceRecord> query = em.createQuery("select r from ServiceRecord r join fetch r.outlet where r.id = :id"
                + (mine == null ? "" : " and r.outlet.code = :mine"), ServiceRecord.class).setParameter("id", id);
        if (mine != null) {
            query.setParameter("mine", mine);
        }
        return query.getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("record.notFound", id));
    }

    /** A form of a network type in its latest version (every field it ever had, retired ones too): for exports. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public Optional<RecordForm> latestForm(String networkType, String formId) {
        return forms.latest(networkType, formId);
    }

    /** The form a record was entered with, in that version, so an old record shows the fields it had. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public RecordForm formOf(long id) {
        ServiceRecord record = entity(id);
        return forms.version(record.getNetworkType(), record.getFormId(), record.getFormVersion())
                .orElseThrow(() -> new NotFound("record.form.unknown", record.getFormId()));
    }

    /** One page of records, filtered, sorted and paged in the database; size 0 counts only. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<RecordView> page(@NotNull RecordQuery query, int first, int size) {
        return list(query, null, first, size);
    }

    /**
     * The page after {@code after} of a list sorted by service date: found through the index however deep it is, where
     * {@link #page} would skip every row before it. The total is the whole list's.
     */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<RecordView> pageAfter(@NotNull RecordQuery query, @NotNull RecordCursor after, int size) {
        if (query.sort() != RecordQuery.Sort.SERVICE_DATE) {
            throw new BusinessRuleViolation("record.cursorSort", "after");
        }
        return list(query, after, 0, size);
    }

    private PageResult<RecordView> list(RecordQuery query, RecordCursor after, int first, int size) {
        RecordQuery scoped = scoped(query);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scoped, parameters);
        if (where == null) {
            return new PageResult<>(List.of(), 0);
        }
        String direction = scoped.ascending() ? " asc" : " desc";
        // service date then id, both one way: the order of the index (outlet, service date, id)
        String order = " order by " + column(scoped.sort()) + direction + ", r.id" + (scoped.sort() == RecordQuery.Sort.SERVICE_DATE ? direction : " desc");
        String rowsWhere = where;
        if (after != null) {
            String beyond = scoped.ascending() ? ">" : "<";
            // the redundant bound on the date lets the index start at the cursor instead of filtering up to it
            rowsWhere += " and r.serviceDate " + beyond + "= :afterDate and (r.serviceDate " + beyond + " :afterDate or r.id "
                    + beyond + " :afterId)";
        }
        TypedQuery<ServiceRecord> rows = em.createQuery("select r from ServiceRecord r join fetch r.outlet" + rowsWhere + order,
                ServiceRecord.class);
        parameters.forEach(rows::setParameter);
        if (after != null) {
            rows.setParameter("afterDate", after.serviceDate()).setParameter("afterId", after.id());
        }
        PageResult<ServiceRecord> page = PageResult.of(rows, () -> total(scoped, where, parameters), first, size);
        Predicate<LocalDate> locked = lockedDays();
        return new PageResult<>(page.rows().stream().map(r -> view(r, locked)).toList(), page.total());
    }

    /**
     * How many records a list holds: read from the rollups (V17) when its filters are theirs — an outlet or a network
     * type, a service kind, whole months — so a million-record outlet's list does not count a million rows; else counted.
     */
    private long total(RecordQuery scoped, String where, Map<String, Object> parameters) {
        boolean wholeMonths = (scoped.from() == null || scoped.from().getDayOfMonth() == 1)
                && (scoped.to() == null || scoped.to().equals(scoped.to().withDayOfMonth(scoped.to().lengthOfMonth())));
        Number summed = scoped.formId() != null || scoped.text() != null || !wholeMonths ? null : rollupTotal(parameters);
        if (summed != null) {
            return summed.longValue();
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from ServiceRecord r" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The rollups' sum for the list's filters; none (null) when it would read the network types' rows (outlet 0) for a
     * caller whose transaction does not see every outlet (row-level security hides them: the records are counted).
     */
    private Number rollupTotal(Map<String, Object> parameters) {
        boolean outlet = parameters.containsKey("outlet");
        StringBuilder sql = new StringBuilder("select case when " + (outlet ? "true" : "portal_every_outlet()")
                + " then coalesce(sum(records), 0) end from record_rollup where outlet_id = " + (outlet ? ":outlet" : "0"));
        Map<String, Object> rollup = new HashMap<>();
        parameters.forEach((name, value) -> rollup.put(name, value instanceof ServiceKind kind ? kind.name() : value));
        sql.append(parameters.containsKey("type") ? " and network_type = :type" : "")
                .append(parameters.containsKey("kind") ? " and service_kind = :kind" : "")
                .append(parameters.containsKey("from") ? " and month >= :from" : "")
                .append(parameters.containsKey("to") ? " and month <= :to" : "");
        var sum = em.createNativeQuery(sql.toString());
        rollup.forEach(sum::setParameter);
        return (Number) sum.getSingleResult();
    }

    /**
     * The next records after {@code after} (null: from the first) in service date order, then id: for reading many
     * records (exports) chunk by chunk, each chunk read from the index where the last one ended, however far into the
     * list (an outlet's quarter of 100,000 records is read once, not once per chunk).
     */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public List<RecordView> chunk(@NotNull RecordQuery query, RecordCursor after, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scoped(query), parameters);
        if (where == null) {
            return List.of();
        }
        if (after != null) {
            // the redundant bound on the date lets the index start at the cursor
            where += " and r.serviceDate >= :afterDate and (r.serviceDate > :afterDate or r.id > :afterId)";
            parameters.put("afterDate", after.serviceDate());
            parameters.put("afterId", after.id());
        }
        // the outlets are fetched apart, in batches, once each: fetched with every row, each row's copy of its outlet
        // would be read again, and its encrypted contacts decrypted again (13 % of a big export's time)
        TypedQuery<ServiceRecord> rows = em.createQuery("select r from ServiceRecord r" + where
                + " order by r.serviceDate, r.id", ServiceRecord.class)
                .setMaxResults(Math.max(1, Math.min(size, MAX_CHUNK)));
        parameters.forEach(rows::setParameter);
        Predicate<LocalDate> locked = lockedDays();
        return rows.getResultList().stream().map(r -> view(r, locked)).toList();
    }

    /**
     * What the caller may do with a record now: outlet staff (who see their own outlet's records only) change and
     * delete those not locked (a submitted ledger's quarter); nobody else changes records.
     */
    private RecordView view(ServiceRecord record, Predicate<LocalDate> locked) {
        boolean changeable = scope.limited() && !locked.test(record.getServiceDate());
        return RecordView.of(record, changeable ? EnumSet.of(RecordAction.EDIT, RecordAction.DELETE) : Set.of());
    }

    /** The caller's locked days: for outlet staff their outlet's, for everyone else all (they change no record). */
    private Predicate<LocalDate> lockedDays() {
        return scope.limited() ? locks.lockedDays(scope.mine()) : day -> true;
    }

    private RecordQuery scoped(RecordQuery query) {
        PlainText.require("q", query.text());
        PlainText.require("outlet", query.outletCode());
        PlainText.require("form", query.formId());
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new BusinessRuleViolation("record.range", "from", query.from(), query.to());
        }
        return scope.limited() ? query.forOutlet(scope.mine().getCode()) : query;
    }

    /**
     * The query's conditions, the outlet by its id (looked up first: the planner then knows how many records that
     * outlet has, and takes its index instead of walking the dates of all outlets); null for an outlet that does not exist.
     */
    private String where(RecordQuery scoped, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scoped.outletCode() != null && !scoped.outletCode().isBlank()) {
            Long outlet = scope.limited() ? scope.mine().getId() : em.createQuery("select o.id from Outlet o where o.code = :code", Long.class)
                    .setParameter("code", scoped.outletCode().strip()).getResultStream().findFirst().orElse(null);
            if (outlet == null) {
                return null;
            }
            condition(where, parameters, "r.outlet.id = :outlet", "outlet", outlet);
        }
        condition(where, parameters, "r.networkType = :type", "type", scoped.networkType());
        condition(where, parameters, "r.formId = :form", "form", scoped.formId());
        condition(where, parameters, "r.serviceKind = :kind", "kind", scoped.serviceKind());
        condition(where, parameters, "r.serviceDate >= :from", "from", scoped.from());
        condition(where, parameters, "r.serviceDate <= :to", "to", scoped.to());
        condition(where, parameters, "lower(r.summary) like :text escape '\\'", "text", PlainText.containedLike(scoped.text()));
        return where.toString();
    }

    private ServiceRecord current(long id, long expectedVersion) {
        ServiceRecord record = entity(id);
        if (record.getVersion() != expectedVersion) {
            throw new StaleVersion("record.stale", id);
        }
        return record;
    }

    /** What makes two record requests the same: every core value and every form value, keys in order. */
    private static String fingerprint(RecordInput input) {
        List<Object> parts = new ArrayList<>(List.of(String.valueOf(input.formId()), String.valueOf(input.serviceKind()),
                new TreeSet<>(input.ipFields()), String.valueOf(input.serviceDate()), String.valueOf(input.beneficiaryKind()),
                String.valueOf(input.beneficiaryCount()), input.charged(), String.valueOf(input.feeAmount()),
                String.valueOf(input.summary())));
        new TreeMap<>(input.values()).forEach((key, value) -> {
            parts.add(key);
            parts.add(value instanceof List<?> list ? list.size() + list.toString() : String.valueOf(value));
        });
        return Idempotency.fingerprint(parts);
    }

    private static String describe(ServiceRecord record) {
        return record.getOutlet().getCode() + " " + record.getFormId() + "@" + record.getFormVersion() + " "
                + record.getServiceDate() + " " + record.getServiceKind();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private static String column(RecordQuery.Sort sort) {
        return switch (sort) {
            case SERVICE_DATE -> "r.serviceDate";
            case SERVICE_KIND -> "r.serviceKind";
            case FORM -> "r.formId";
            case BENEFICIARIES -> "r.beneficiaryCount";
        };
    }
}

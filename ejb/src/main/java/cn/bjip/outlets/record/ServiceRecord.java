package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.Outlet;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

/**
 * One service an outlet gave (服务记录): the common core and the values of its plugin form, kept
 * with the form version they were entered with so that the record stays readable after the form changes (P-3).
 * Built only by {@link RecordService}, after {@link RecordCheck} accepted the input.
 */
@Entity
public class ServiceRecord {

    /**
     * Ids one value of {@code service_record_seq} stands for: its increment (migration V2) and Hibernate's allocation
     * size, a value V standing for the ids V − 49 … V; bulk writers ({@link RecordStore}) take ids the same way.
     */
    static final int IDS_PER_VALUE = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_record_seq")
    @SequenceGenerator(name = "service_record_seq", sequenceName = "service_record_seq", allocationSize = IDS_PER_VALUE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id", updatable = false)
    private Outlet outlet;

    @Column(nullable = false, updatable = false)
    private String networkType;

    @Column(nullable = false)
    private String formId;

    private int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceKind serviceKind;

    @Convert(converter = IpFieldMask.class)
    @Column(name = "ip_mask", nullable = false)
    private Set<IpField> ipFields;

    @Column(nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BeneficiaryKind beneficiaryKind;

    private int beneficiaryCount;

    private boolean charged;

    private BigDecimal feeAmount;

    private String summary;

    // replaced whole by fill(), never changed in place: so Hibernate compares references instead of a JSON deep copy
    // (whose numbers may come back as other types and make every loaded record look dirty)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    private Map<String, Object> data = new LinkedHashMap<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected ServiceRecord() {
    }

    ServiceRecord(Outlet outlet, Instant at, String by) {
        this.outlet = outlet;
        this.networkType = outlet.getNetworkType();
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Takes the checked input and form values; dates among them are stored as ISO text. */
    void fill(RecordInput input, int formVersion, Map<String, Object> values) {
        this.formId = input.formId();
        this.formVersion = formVersion;
        this.serviceKind = input.serviceKind();
        this.ipFields = input.ipFields();
        this.serviceDate = input.serviceDate();
        this.beneficiaryKind = input.beneficiaryKind();
        this.beneficiaryCount = input.beneficiaryCount();
        this.charged = input.charged();
        this.feeAmount = input.charged() ? input.feeAmount() : null;
        this.summary = input.summary() == null || input.summary().isBlank() ? null : input.summary().strip();
        Map<String, Object> stored = new LinkedHashMap<>();
        values.forEach((key, value) -> stored.put(key, value instanceof LocalDate date ? date.toString() : value));
        this.data = Collections.unmodifiableMap(stored);
    }

    void touched(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public String getNetworkType() {
        return networkType;
    }

    public String getFormId() {
        return formId;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public ServiceKind getServiceKind() {
        return serviceKind;
    }

    public Set<IpField> getIpFields() {
        return ipFields;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public BeneficiaryKind getBeneficiaryKind() {
        return beneficiaryKind;
    }

    public int getBeneficiaryCount() {
        return beneficiaryCount;
    }

    public boolean isCharged() {
        return charged;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public String getSummary() {
        return summary;
    }

    /** The plugin form's values by field key, as stored (JSON types: text, numbers, booleans, lists of text). */
    public Map<String, Object> getData() {
        return Collections.unmodifiableMap(data);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}

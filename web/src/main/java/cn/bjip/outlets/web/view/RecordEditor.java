package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.BeneficiaryKind;
import cn.bjip.outlets.record.RecordInput;
import cn.bjip.outlets.record.RecordService;
import cn.bjip.outlets.record.RecordView;
import cn.bjip.outlets.record.ServiceKind;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "Log a service" and "change a record": the core fields and the fields of one plugin form, drawn generically from
 * the form's declaration. A new record uses the form named in the URL ({@code ?form=}); an existing one
 * ({@code ?id=}) shows the form version it was entered with. Every check happens in {@link RecordService}.
 */
@Named
@ViewScoped
public class RecordEditor implements Serializable {

    @EJB
    private RecordService records;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Clock clock;

    /** This form's submission: sent twice (a double click, a retry after a failover), it stores one record. */
    private String submission = UUID.randomUUID().toString();
    private Long id;
    private String formId;
    private long version;
    private RecordView shown;
    private List<RecordForm> forms = List.of();
    private RecordForm form;

    private ServiceKind serviceKind;
    private IpField[] ipFields = {};
    private LocalDate serviceDate;
    private BeneficiaryKind beneficiaryKind;
    private Integer beneficiaryCount;
    private boolean charged;
    private BigDecimal feeAmount;
    private String summary;
    private Map<String, Object> values = new HashMap<>();

    public void load() {
        try {
            if (id != null) {
                RecordView record = records.find(id);
                form = records.formOf(id);
                show(record);
            } else {
                serviceDate = LocalDate.now(clock);
                forms = records.formsForNewRecords();
                form = forms.stream().filter(f -> f.id().equals(formId)).findFirst()
                        .orElse(forms.isEmpty() ? null : forms.get(0));
            }
        } catch (NotFound missing) {
            throw missing; // not there, or not the caller's: the portal's 404 page
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    /** A fee goes with a charged service only: switching charging off clears it. */
    public void chargedChanged() {
        if (!charged) {
            feeAmount = null;
        }
    }

    public String save() {
        RecordInput input = new RecordInput(form.id(), serviceKind, Set.of(ipFields), serviceDate, beneficiaryKind,
                beneficiaryCount, charged, feeAmount, summary, values);
        try {
            if (id == null) {
                records.create(input, submission);
                submission = UUID.randomUUID().toString(); // the form sent again later is a new record
            } else {
                records.update(id, version, input);
            }
            Messages.info("record.saved");
            return "/app/records?faces-redirect=true";
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return null;
        }
    }

    private void show(RecordView record) {
        shown = record;
        version = record.version();
        serviceKind = record.serviceKind();
        ipFields = record.ipFields().toArray(IpField[]::new);
        serviceDate = record.serviceDate();
        beneficiaryKind = record.beneficiaryKind();
        beneficiaryCount = record.beneficiaryCount();
        charged = record.charged();
        feeAmount = record.feeAmount();
        summary = record.summary();
        values = new HashMap<>(record.values());
    }

    public boolean isEditing() {
        return id != null;
    }

    /** A record the caller may only look at (its quarter's ledger was submitted, or the caller is not its outlet's). */
    public boolean isReadOnly() {
        return shown != null && !shown.editable();
    }

    public List<ServiceKind> getServiceKinds() {
        return List.of(ServiceKind.values());
    }

    public List<BeneficiaryKind> getBeneficiaryKinds() {
        return List.of(BeneficiaryKind.values());
    }

    public List<IpField> getAllIpFields() {
        return List.of(IpField.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFormId() {
        return formId;
    }

    public void setFormId(String formId) {
        this.formId = formId;
    }

    public List<RecordForm> getForms() {
        return forms;
    }

    public RecordForm getForm() {
        return form;
    }

    public ServiceKind getServiceKind() {
        return serviceKind;
    }

    public void setServiceKind(ServiceKind serviceKind) {
        this.serviceKind = serviceKind;
    }

    public IpField[] getIpFields() {
        return ipFields;
    }

    public void setIpFields(IpField[] ipFields) {
        this.ipFields = ipFields;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public BeneficiaryKind getBeneficiaryKind() {
        return beneficiaryKind;
    }

    public void setBeneficiaryKind(BeneficiaryKind beneficiaryKind) {
        this.beneficiaryKind = beneficiaryKind;
    }

    public Integer getBeneficiaryCount() {
        return beneficiaryCount;
    }

    public void setBeneficiaryCount(Integer beneficiaryCount) {
        this.beneficiaryCount = beneficiaryCount;
    }

    public boolean isCharged() {
        return charged;
    }

    public void setCharged(boolean charged) {
        this.charged = charged;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(BigDecimal feeAmount) {
        this.feeAmount = feeAmount;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    /** The plugin form's values by field key, bound directly by the generated inputs. */
    public Map<String, Object> getValues() {
        return values;
    }
}

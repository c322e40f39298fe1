package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.plugin.FieldDraft;
import cn.bjip.outlets.plugin.FormRevision;
import cn.bjip.outlets.plugin.PluginAdminService;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Adjusting one form of one network type ({@code ?type=&form=}): relabel, reorder, retire, add an optional field.
 * The rows are held here until saved; {@link PluginAdminService} decides what is allowed and makes the new version.
 */
@Named
@ViewScoped
public class FormEditor implements Serializable {

    /** One editable row; {@code added} rows take a key and a type. */
    public static class Row implements Serializable {
        private String key;
        private FieldType type;
        private String labelZh;
        private String labelEn;
        private boolean retired;
        private boolean wasRetired;
        private boolean added;

        Row(FormField field) {
            key = field.key();
            type = field.type();
            labelZh = field.label().zh();
            labelEn = field.label().en();
            retired = field.retired();
            wasRetired = field.retired();
        }

        Row() {
            type = FieldType.TEXT;
            added = true;
        }

        FieldDraft draft() {
            return new FieldDraft(key, type, labelZh, labelEn, retired);
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public FieldType getType() { return type; }
        public void setType(FieldType type) { this.type = type; }
        public String getLabelZh() { return labelZh; }
        public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
        public boolean isRetired() { return retired; }
        public void setRetired(boolean retired) { this.retired = retired; }
        public boolean isWasRetired() { return wasRetired; }
        public boolean isAdded() { return added; }
    }

    @EJB
    private PluginAdminService admin;

    @Inject
    private LocaleSwitcher locale;

    private String type;
    private String formId;
    private RecordForm form;
    private List<RecordForm> history = List.of();
    private List<Row> rows = new ArrayList<>();

    public void load() {
        try {
            history = admin.history(type, formId);
            form = history.isEmpty() ? null : history.get(0);
            rows = new ArrayList<>(form == null ? List.of() : form.fields().stream().map(Row::new).toList());
        } catch (NotFound missing) {
            throw missing; // not there, or not the caller's: the portal's 404 page
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void move(int index, int by) {
        int to = index + by;
        if (to >= 0 && to < rows.size()) {
            Collections.swap(rows, index, to);
        }
    }

    public void removeAdded(int index) {
        if (rows.get(index).isAdded()) {
            rows.remove(index);
        }
    }

    public String save() {
        try {
            RecordForm next = admin.reviseForm(type, formId, rows.stream().map(Row::draft).toList());
            Messages.info("form.saved");
            return "/app/form?faces-redirect=true&type=" + type + "&form=" + next.id();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return null;
        }
    }

    public List<FieldType> getAddableTypes() {
        return FormRevision.ADDABLE.stream().sorted().toList();
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFormId() { return formId; }
    public void setFormId(String formId) { this.formId = formId; }
    public RecordForm getForm() { return form; }
    public List<RecordForm> getHistory() { return history; }
    public List<Row> getRows() { return rows; }
}

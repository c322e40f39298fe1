package cn.bjip.outlets.record;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which records a list shows and in what order. Every part is optional; for outlet staff the outlet is always
 * their own, whatever is asked. {@code text} is looked for in the summary, ignoring case.
 */
public record RecordQuery(String outletCode, String networkType, String formId, ServiceKind serviceKind,
                          LocalDate from, LocalDate to, String text, Sort sort, boolean ascending) implements Serializable {

    /** The columns a list may sort by. */
    public enum Sort { SERVICE_DATE, SERVICE_KIND, FORM, BENEFICIARIES }

    public static RecordQuery all() {
        return new RecordQuery(null, null, null, null, null, null, null, Sort.SERVICE_DATE, false);
    }

    public RecordQuery forOutlet(String code) {
        return new RecordQuery(code, networkType, formId, serviceKind, from, to, text, sort, ascending);
    }

    public RecordQuery withForm(String form) {
        return new RecordQuery(outletCode, networkType, form, serviceKind, from, to, text, sort, ascending);
    }

    public RecordQuery withKind(ServiceKind kind) {
        return new RecordQuery(outletCode, networkType, formId, kind, from, to, text, sort, ascending);
    }

    public RecordQuery between(LocalDate fromDay, LocalDate toDay) {
        return new RecordQuery(outletCode, networkType, formId, serviceKind, fromDay, toDay, text, sort, ascending);
    }

    public RecordQuery containing(String words) {
        String trimmed = words == null || words.isBlank() ? null : words.strip();
        return new RecordQuery(outletCode, networkType, formId, serviceKind, from, to, trimmed, sort, ascending);
    }

    public RecordQuery sortedBy(Sort by, boolean up) {
        return new RecordQuery(outletCode, networkType, formId, serviceKind, from, to, text, by == null ? Sort.SERVICE_DATE : by, up);
    }
}

package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.RecordCursor;
import cn.bjip.outlets.record.RecordQuery;
import cn.bjip.outlets.record.RecordService;
import cn.bjip.outlets.record.RecordView;
import cn.bjip.outlets.record.ServiceKind;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.Exports;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/** The service-record list: filtered, sorted and paged by {@link RecordService} in the database. */
@Named
@ViewScoped
public class RecordListView implements Serializable {

    @EJB
    private RecordService records;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Exports exports;

    private final Model model = new Model();
    private List<RecordForm> forms;
    /** Asked of the service once per view: pages evaluate it for every column of every row. */
    private Boolean changesRecords;
    private LocalDate from;
    private LocalDate to;
    private String text;
    /** The query the list showed last (its column filters and the fields above): what the export writes. */
    private RecordQuery shown = RecordQuery.all();

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Exactly the rows the list shows (its column filters, the dates and words above), every page, as Excel. */
    public StreamedContent getExport() {
        RecordQuery query = shown.between(from, to).containing(text);
        return DefaultStreamedContent.builder().name(Exports.RECORDS_FILE).contentType(LedgerWorkbook.MEDIA_TYPE)
                .writer(out -> {
                    try {
                        exports.writeRecords(query, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public LazyDataModel<RecordView> getModel() {
        return model;
    }

    public List<ServiceKind> getServiceKinds() {
        return List.of(ServiceKind.values());
    }

    /** The forms of the caller's outlet, to filter by; empty for staff, who see every type. */
    public List<RecordForm> getForms() {
        if (forms == null) {
            forms = isChangesRecords() ? records.formsForNewRecords() : List.of();
        }
        return forms;
    }

    /** Whether the list offers changing records at all (per record, its own actions decide). */
    public boolean isChangesRecords() {
        if (changesRecords == null) {
            changesRecords = records.changesRecords();
        }
        return changesRecords;
    }

    public void delete(long id, long version) {
        try {
            records.delete(id, version);
            Messages.info("record.deleted");
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    private class Model extends LazyDataModel<RecordView> {

        private RecordCursor cursor;
        private int cursorFirst;
        private int cursorSize;
        private RecordQuery cursorQuery;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return Math.toIntExact(page(0, 0, Map.of(), filterBy).total());
            } catch (BusinessRuleViolation refused) {
                return 0; // load tells why, once
            }
        }

        @Override
        public List<RecordView> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                PageResult<RecordView> page = page(first, size, sortBy, filterBy);
                setRowCount(Math.toIntExact(page.total()));
                return page.rows();
            } catch (BusinessRuleViolation refused) {
                Messages.refused(refused, locale.getLocale());
                setRowCount(0);
                return List.of();
            }
        }

        @Override
        public String getRowKey(RecordView record) {
            return String.valueOf(record.id());
        }

        private PageResult<RecordView> page(int first, int size, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
            RecordQuery query = RecordQuery.all()
                    .forOutlet(text(filterBy, "outlet"))
                    .withForm(text(filterBy, "formId"))
                    .between(from, to)
                    .containing(text);
            String kind = text(filterBy, "serviceKind");
            if (kind != null) {
                query = query.withKind(ServiceKind.valueOf(kind));
            }
            for (SortMeta sort : sortBy.values()) {
                query = query.sortedBy(switch (sort.getField()) {
                    case "serviceKind" -> RecordQuery.Sort.SERVICE_KIND;
                    case "formId" -> RecordQuery.Sort.FORM;
                    case "beneficiaryCount" -> RecordQuery.Sort.BENEFICIARIES;
                    default -> RecordQuery.Sort.SERVICE_DATE;
                }, sort.getOrder() == SortOrder.ASCENDING);
            }
            shown = query;
            if (size == 0) {
                return records.page(query, 0, 0);
            }
            // paging on to the next page goes on from the last row through the index; any other page by its offset
            boolean next = cursor != null && size == cursorSize && first == cursorFirst + size && query.equals(cursorQuery)
                    && query.sort() == RecordQuery.Sort.SERVICE_DATE;
            PageResult<RecordView> page = next ? records.pageAfter(query, cursor, size) : records.page(query, first, size);
            cursorFirst = first;
            cursorSize = size;
            cursorQuery = query;
            cursor = page.rows().size() < size ? null : RecordCursor.after(page.rows().get(size - 1));
            return page;
        }

        private static String text(Map<String, FilterMeta> filterBy, String field) {
            FilterMeta filter = filterBy.get(field);
            Object value = filter == null ? null : filter.getFilterValue();
            return value == null || value.toString().isBlank() ? null : value.toString().trim();
        }
    }
}

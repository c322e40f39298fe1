package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.PageResult;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy table model over any service method that pages in the database. */
public class PagedModel<T> extends LazyDataModel<T> {

    /** A service call: (first row, page size) to one page; page size 0 asks for the count only. */
    @FunctionalInterface
    public interface Pager<T> extends Serializable {
        PageResult<T> page(int first, int size);
    }

    private final Pager<T> pager;

    public PagedModel(Pager<T> pager) {
        this.pager = pager;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(pager.page(0, 0).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageResult<T> page = pager.page(first, pageSize);
        setRowCount(Math.toIntExact(page.total()));
        return page.rows();
    }
}

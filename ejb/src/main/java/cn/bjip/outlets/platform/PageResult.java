package cn.bjip.outlets.platform;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** One page of a list, paged in the database, with the total row count for the pager. */
public record PageResult<T>(List<T> rows, long total) {

    /** Largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;

    /** The same page with each row shown another way (an entity as its view record). */
    public <R> PageResult<R> map(Function<? super T, ? extends R> view) {
        return new PageResult<>(rows.stream().<R>map(view).toList(), total);
    }

    /** Runs the page query (skipped when {@code size} is 0: a count only) and the count query. */
    public static <T> PageResult<T> of(TypedQuery<T> rows, TypedQuery<Long> count, int first, int size) {
        return of(rows, count::getSingleResult, first, size);
    }

    /** A page of {@code rows} with a total found some other way (a rollup, say). */
    public static <T> PageResult<T> of(TypedQuery<T> rows, Supplier<Long> total, int first, int size) {
        List<T> page = size <= 0 ? List.of()
                : rows.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(size, MAX_SIZE)).getResultList();
        return new PageResult<>(page, total.get());
    }
}

package cn.bjip.outlets.plugin.spi;

/** How a metric folds the records it selects into one figure. */
public enum Aggregation {
    /** Number of records. */
    COUNT,
    /** Sum of a numeric field. */
    SUM,
    /** Number of distinct values of a field. */
    DISTINCT_COUNT,
    /** One metric of the same plugin divided by another. */
    RATIO
}

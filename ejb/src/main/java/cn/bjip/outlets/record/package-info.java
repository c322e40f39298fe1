/**
 * Service records (服务记录) and the figures computed from them.
 *
 * <p>Holds {@code ServiceRecord} (a common core in columns, the plugin form's values in {@code jsonb}, the form version
 * it was entered with), the one checker of any form ({@code RecordCheck}, {@code FieldValues}), the record filler shared
 * by the page, the API and the import, the import of CSV and Excel files, and the metric engine. Invariants: a record
 * passes its form's declaration and its plugin's rules before it is stored; its outlet is the caller's own, never taken
 * from the request; a change carries the version it was read at (a stale one is refused); no record dated in a quarter
 * whose ledger was submitted is created, changed or deleted ({@code RecordLock} lets supervision refuse).
 *
 * <p>Callers: outlet staff write their own outlet's records; center staff and the office read every outlet's; a record
 * of another outlet is, for outlet staff, one that does not exist.
 */
package cn.bjip.outlets.record;

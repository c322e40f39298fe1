-- Keyset paging of the network-wide record list (issue 13): newest service date first, then id, as the list orders
-- them, so a page after any row starts at that row in the index. It serves date ranges as the date index did.
CREATE INDEX service_record_date_id ON service_record (service_date DESC, id DESC);
DROP INDEX service_record_date;

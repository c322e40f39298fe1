-- announcements of list changes in English too: the outlet's English name and the detail in English words
ALTER TABLE list_change ADD COLUMN outlet_name_en VARCHAR(200);
ALTER TABLE list_change ADD COLUMN detail_en VARCHAR(1000);
UPDATE list_change c SET outlet_name_en = o.name_en FROM outlet o WHERE o.code = c.outlet_code;

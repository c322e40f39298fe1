-- A change filing carries the whole institution profile, the English name included (it could not be changed before).
ALTER TABLE outlet_change ADD COLUMN name_en VARCHAR(200);

-- When an outlet serves the public (UX-6: the public directory's detail page); part of the institution profile, so in
-- every table that holds one.
ALTER TABLE outlet ADD COLUMN service_hours VARCHAR(200);
ALTER TABLE outlet_change ADD COLUMN service_hours VARCHAR(200);
ALTER TABLE application ADD COLUMN service_hours VARCHAR(200);

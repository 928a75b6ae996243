-- A report-in withdrawn before the community decided it (the member, or the unit's rep):
-- `withdrawn_at` is set and the row keeps status 'submitted', which every read shows as
-- 'withdrawn' (report_ins.cc). SQLite cannot widen the status CHECK in place while other tables
-- refer to this one, so the state lives in this column. A withdrawn report-in is not open.
ALTER TABLE report_ins ADD COLUMN withdrawn_at INTEGER;
DROP INDEX report_ins_open_member;
DROP INDEX report_ins_open_unit;
CREATE UNIQUE INDEX report_ins_open_member ON report_ins (person_id)
  WHERE kind = 'member' AND status IN ('submitted', 'confirmed') AND withdrawn_at IS NULL;
CREATE UNIQUE INDEX report_ins_open_unit ON report_ins (unit_id, community_id)
  WHERE kind = 'unit' AND status IN ('submitted', 'confirmed') AND withdrawn_at IS NULL;

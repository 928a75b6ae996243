-- A transfer the issuing organisation cancels before the destination decides it: `cancelled_at`
-- and `cancel_reason` are set (decided_by and decided_at name who closed it and when), and the
-- row keeps status 'issued', which every read shows as 'cancelled' (transfers.cc), as a
-- withdrawn report-in does: SQLite cannot widen the status CHECK in place. A cancelled transfer
-- is not open, so the member may be issued another.
ALTER TABLE member_transfers ADD COLUMN cancelled_at INTEGER;
ALTER TABLE member_transfers ADD COLUMN cancel_reason TEXT;
DROP INDEX member_transfers_open;
CREATE UNIQUE INDEX member_transfers_open ON member_transfers (person_id)
  WHERE status = 'issued' AND cancelled_at IS NULL;

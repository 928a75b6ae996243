-- Items made public in an area (社区事项公开): government affairs (政务), community affairs
-- (事务) and finances (财务), each ad hoc (临时性) or covering a period (定时性: "2026-10",
-- "2026-Q3", "2026-H2", "2026"). A withdrawn item keeps its row with who withdrew it and why.
CREATE TABLE disclosures (
  id              INTEGER PRIMARY KEY,
  area_id         INTEGER NOT NULL REFERENCES areas (id),
  category        TEXT NOT NULL CHECK (category IN ('government', 'affairs', 'finance')),
  mode            TEXT NOT NULL CHECK (mode IN ('ad_hoc', 'periodic')),
  period          TEXT,
  period_from     TEXT,
  period_to       TEXT,
  title           TEXT NOT NULL,
  body            TEXT NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('published', 'withdrawn')),
  published_by    INTEGER NOT NULL REFERENCES accounts (id),
  published_at    INTEGER NOT NULL,
  withdrawn_by    INTEGER REFERENCES accounts (id),
  withdrawn_at    INTEGER,
  withdraw_reason TEXT,
  CHECK ((mode = 'periodic') = (period IS NOT NULL))
);
CREATE INDEX disclosures_area ON disclosures (area_id, state, published_at);
CREATE INDEX disclosures_published ON disclosures (state, published_at);

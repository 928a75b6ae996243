-- Receipt numbers come from the record's series counters (record/series.h): one series per
-- year and community, named by the numbers' prefix ("RI-2025-17-" for "RI-2025-17-0004").
-- This module's migration writes the record's table because the receipts issued before the
-- counters existed are its own: each series goes on after the highest number issued in it.
INSERT INTO record_series (series, issued)
SELECT rtrim(receipt_no, '0123456789'),
       max(CAST(substr(receipt_no, length(rtrim(receipt_no, '0123456789')) + 1) AS INTEGER))
FROM report_ins
WHERE receipt_no IS NOT NULL
GROUP BY rtrim(receipt_no, '0123456789');

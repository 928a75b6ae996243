-- Letter numbers come from the record's series counters (record/series.h): one series per
-- year and issuing organisation, named by the numbers' prefix ("ZZ-2025-3-" for
-- "ZZ-2025-3-0012"). This module's migration writes the record's table because the letters
-- issued before the counters existed are its own: each series goes on after the highest number
-- issued in it.
INSERT INTO record_series (series, issued)
SELECT rtrim(letter_no, '0123456789'),
       max(CAST(substr(letter_no, length(rtrim(letter_no, '0123456789')) + 1) AS INTEGER))
FROM member_transfers
WHERE letter_no IS NOT NULL
GROUP BY rtrim(letter_no, '0123456789');

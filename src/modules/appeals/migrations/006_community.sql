-- The community of each appeal, for the community staff's queue (queries.cc ListAppeals).
-- `community_path` is the prefix of `area_path` through the community on it (NULL for a place
-- with no community above it), written at intake; the index walks a community's appeals newest
-- first and stops after a page, where the range of `area_path` read every appeal of it and
-- sorted them. For a community's path P, "community_path = P" holds for exactly the appeals with
-- P <= area_path < PathRangeEnd(P): both read the path stored with the appeal.
ALTER TABLE appeals ADD COLUMN community_path TEXT;

-- Each distinct place path split into its prefixes "/1/", "/1/4/", ...; the prefix ending at an
-- area of kind community is the community's path.
UPDATE appeals SET community_path = m.prefix
FROM (
  WITH RECURSIVE seg (path, rest, prefix, id) AS (
    SELECT area_path, substr(area_path, 2), '/', NULL
    FROM (SELECT DISTINCT area_path FROM appeals)
    UNION ALL
    SELECT path, substr(rest, instr(rest, '/') + 1), prefix || substr(rest, 1, instr(rest, '/')),
           CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER)
    FROM seg WHERE instr(rest, '/') > 0
  )
  SELECT seg.path AS path, seg.prefix AS prefix
  FROM seg JOIN areas c ON c.id = seg.id AND c.kind = 'community'
) AS m
WHERE m.path = appeals.area_path;

CREATE INDEX appeals_community ON appeals (community_path, id);

-- The number of appeals of each community: one row per community path, added to in the
-- intake's transaction, so the queue's total is one row, not a count of the community's
-- appeals. `linli verify` recounts it from the appeals (CommunityCounts).
CREATE TABLE appeal_community_counts (
  community_path TEXT PRIMARY KEY,
  appeals        INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO appeal_community_counts (community_path, appeals)
SELECT community_path, count(*) FROM appeals WHERE community_path IS NOT NULL
GROUP BY community_path;

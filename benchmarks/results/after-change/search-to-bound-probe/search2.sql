.timer on
.print -- A: seq < MAX AND seq <= 510000 (what search() sends for the first page)
SELECT count(*) FROM (SELECT seq, hash FROM journal WHERE seq < 9223372036854775807 AND seq <= 510000 ORDER BY seq DESC LIMIT 51);
.print -- B: seq <= 510000 AND seq < MAX (bounds in the other order)
SELECT count(*) FROM (SELECT seq, hash FROM journal WHERE seq <= 510000 AND seq < 9223372036854775807 ORDER BY seq DESC LIMIT 51);
.print -- C: seq < min(MAX, 510001) (one bound)
SELECT count(*) FROM (SELECT seq, hash FROM journal WHERE seq < 510001 ORDER BY seq DESC LIMIT 51);

-- The event of a journal entry names the entry instead of carrying a copy of it. Its data was the
-- entry's snapshot in the core's text, about 560 characters, the largest row a transfer wrote and
-- most of the file's pages (decision 0025, docs/benchmarks.md "Events by reference"). From this
-- version on, the writer stores an event whose data is exactly its entry's snapshot with empty data
-- and the entry's seq; readers render the snapshot from the journal row, which is append-only and
-- so always renders the same text. Every other event, and every event written before, keeps its
-- text: nothing is rewritten here.
ALTER TABLE event ADD COLUMN entry_seq INTEGER REFERENCES journal (seq) CHECK ((entry_seq IS NULL) = (data <> ''));

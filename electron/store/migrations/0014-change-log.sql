-- 0014: the exchange between laptops (issue #16, docs/exchange.md). Every change to data that
-- travels is kept as an operation on one row: the columns it set (NULL when it deleted the
-- row), the operations its writer saw as the row's latest (its bases), which laptop stamped it
-- and who acted. A row's values and its conflicts are computed from the SET of its operations,
-- so laptops holding the same operations hold the same data, whatever order they came in.
CREATE TABLE change_log (
  -- Local order of arrival: what "since the last package to that laptop" counts by.
  seq INTEGER PRIMARY KEY,
  -- The operation's id: its commit's clock stamp and its place in that commit ('…/00000001').
  op TEXT NOT NULL UNIQUE,
  tbl TEXT NOT NULL,
  -- The row's key values as a JSON array, in the order of the table's policy.
  row_key TEXT NOT NULL CHECK (json_valid(row_key)),
  vals TEXT CHECK (vals IS NULL OR json_valid(vals)),
  bases TEXT NOT NULL CHECK (json_valid(bases)),
  replica TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_row ON change_log (tbl, row_key);

-- A row's heads (the operations no other operation names as a base: the bases of its next
-- edit) when they are more than its latest operation, i.e. after a merge left several. Nearly
-- every row has one head, its latest operation, and no entry here: a write stays cheap.
CREATE TABLE change_rows (
  tbl TEXT NOT NULL,
  row_key TEXT NOT NULL,
  heads TEXT NOT NULL CHECK (json_valid(heads)),
  PRIMARY KEY (tbl, row_key)
) STRICT, WITHOUT ROWID;

-- Cells two laptops changed apart to different values (待裁定): every head with its value, who
-- and when. Derived from the log on each import; a local edit of the cell settles it.
CREATE TABLE exchange_conflicts (
  tbl TEXT NOT NULL,
  row_key TEXT NOT NULL,
  col TEXT NOT NULL,
  heads TEXT NOT NULL CHECK (json_valid(heads)),
  found_at TEXT NOT NULL,
  PRIMARY KEY (tbl, row_key, col)
) STRICT, WITHOUT ROWID;

-- The other laptops this one exchanged with: how far the log was sent to each (change_log.seq)
-- and the latest stamp received from it.
CREATE TABLE exchange_peers (
  replica TEXT PRIMARY KEY,
  key_id TEXT NOT NULL,
  operator TEXT NOT NULL,
  sent_through INTEGER NOT NULL DEFAULT 0,
  received_through TEXT,
  updated_at TEXT NOT NULL
) STRICT;

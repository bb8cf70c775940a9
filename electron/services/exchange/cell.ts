/**
 * The conflict rule for one cell (table, row key, column), pure. The change log keeps every
 * operation ever made on a cell; a cell's state is computed from that SET alone, never from the
 * order operations arrived in, which is what makes every laptop that holds the same operations
 * show the same values and the same conflicts, whatever the order and however often packages
 * were imported.
 *
 * - Each operation names the stamps of the values its writer saw (`bases`): one for an ordinary
 *   edit of a settled cell, all of them when someone resolves a conflict, none for a new cell.
 * - The cell's HEADS are its operations no other operation names as a base: the values nobody
 *   has yet seen superseded.
 * - Winner: the head with the latest stamp (it is also the latest operation overall, since an
 *   edit is always stamped after the values it saw). That value is stored and shown.
 * - Conflict (待裁定): two or more heads with DIFFERENT values: two laptops changed the same cell
 *   apart. Concurrent edits to the same value are no conflict. Choosing A, B or a new value is
 *   one more operation whose bases are all the heads, so the cell has one head again.
 *
 * Assumes a package carries every operation of a cell the receiver may lack (the exchange sends
 * whole cells' histories for its scope), so a head's ancestors are never missing.
 */
export interface CellOp {
  /** The operation's clock stamp as text (`clock.ts` `format`): unique and sortable. */
  readonly hlc: string;
  /** Stamps of the values the writer saw as current. */
  readonly bases: readonly string[];
  /** The value as JSON text; null when the row was deleted. */
  readonly value: string | null;
  readonly actor: string;
}

export interface CellState {
  readonly winner: CellOp;
  /** Heads, latest stamp first. */
  readonly heads: readonly CellOp[];
  /** The heads that disagree, latest first, when they do (待裁定); empty when settled. */
  readonly conflict: readonly CellOp[];
}

export function cellState(ops: readonly CellOp[]): CellState {
  if (ops.length === 0) throw new Error('A cell without operations has no state');
  const superseded = new Set<string>();
  for (const op of ops) for (const base of op.bases) superseded.add(base);
  const unique = new Map<string, CellOp>();
  for (const op of ops) if (!superseded.has(op.hlc)) unique.set(op.hlc, op);
  const heads = [...unique.values()].sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
  const winner = heads[0];
  // Every base is an earlier stamp, so the latest operation is never superseded: a head exists.
  if (!winner) throw new Error('A cell whose every operation is superseded: a cycle of bases');
  const values = new Set(heads.map((head) => head.value));
  return { winner, heads, conflict: values.size > 1 ? heads : [] };
}

/** The bases a new local edit of this cell names: every head, so the edit settles the cell. */
export function basesForEdit(state: CellState | undefined): string[] {
  return state ? state.heads.map((head) => head.hlc) : [];
}

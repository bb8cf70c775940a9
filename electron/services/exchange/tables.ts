/**
 * Which stored data travels between laptops in exchange packages, and which stays on this
 * laptop. EVERY table of the schema is listed here, one way or the other: the test
 * `tests/unit/exchange/tables.test.ts` opens a database at the newest schema and fails on a
 * table or column nobody decided about, so a future capability cannot forget the change log.
 *
 * A travelling table names the columns that identify a row across laptops (`key`: ids are UUID
 * text, composite keys are joined) and the columns that are derived on each laptop and so never
 * travel (`localColumns`); every other column is logged per cell, as (table, row key, column,
 * value, stamp, base stamp, replica) — see docs/exchange.md.
 */
export interface LoggedTable {
  readonly travels: true;
  readonly key: readonly string[];
  readonly localColumns?: readonly string[];
  /**
   * A column holding a file's bytes: it travels as a file of the package, named by the hash
   * column beside it, never inside an operation.
   */
  readonly file?: { readonly column: string; readonly hash: string };
  /**
   * Bookkeeping columns (when a row was last saved, its edit counter): the latest value wins
   * without a conflict, since both laptops saving a sheet is not a disagreement about it.
   */
  readonly quiet?: readonly string[];
  /**
   * Columns one edit sets together (a score's entry and the points derived from it): a
   * conflict on them is shown once, under the first, and settled for all of them at once.
   */
  readonly together?: readonly string[];
}

export interface LocalTable {
  readonly travels: false;
  /** Why it stays: the reviewer of a new table must be able to check the reason. */
  readonly why: string;
}

export type TablePolicy = LoggedTable | LocalTable;

const logged = (
  key: readonly string[],
  localColumns?: readonly string[],
  file?: LoggedTable['file'],
  quiet?: readonly string[],
  together?: readonly string[],
): LoggedTable => ({
  travels: true,
  key,
  ...(localColumns ? { localColumns } : {}),
  ...(file ? { file } : {}),
  ...(quiet ? { quiet } : {}),
  ...(together ? { together } : {}),
});
const CONTENT_BY_HASH = { column: 'content', hash: 'sha256' } as const;

export const TABLE_POLICIES: Readonly<Record<string, TablePolicy>> = {
  meta: {
    travels: false,
    why: "this laptop's settings: operator name, backup folder, replica id and clock",
  },
  audit_log: {
    travels: false,
    why: "this laptop's own trail; a merged change carries its own who and when in the log",
  },
  // The exchange's own bookkeeping (migration 0014): the log travels AS the package's content,
  // never as rows of a table in it.
  change_log: { travels: false, why: 'the operations themselves: a package carries them' },
  change_rows: { travels: false, why: "rows' several latest operations, derived from the log" },
  exchange_conflicts: {
    travels: false,
    why: 'the cells in conflict, derived from the log on each laptop',
  },
  exchange_peers: {
    travels: false,
    why: 'how far this laptop sent and received with each other laptop',
  },
  org_units: logged(['id']),
  rubric_versions: logged(['id']),
  campaigns: logged(['id'], undefined, undefined, ['updated_at']),
  campaign_branches: logged(['campaign_id', 'branch_id']),
  evaluators: logged(['id']),
  campaign_evaluators: logged(['campaign_id', 'evaluator_id']),
  rounds: logged(['id']),
  // The pack is a cache of the sheet's scores, rebuilt on each laptop (migration 0003).
  score_sheets: logged(['id'], ['packed', 'packed_rubric'], undefined, ['version', 'updated_at']),
  scores: logged(
    ['sheet_id', 'item_code'],
    undefined,
    undefined,
    ['updated_at'],
    ['points', 'input', 'fact'],
  ),
  veto_resolutions: logged(['id']),
  // No primary key: a row is identified as its unique index identifies it.
  plan_targets: logged(['campaign_id', 'township_id', 'target_kind', 'target']),
  assignments: logged(['round_id', 'evaluator_id', 'branch_id']),
  // The file's bytes travel beside the operations in the package, named by content hash.
  evidence_files: logged(['id'], undefined, CONTENT_BY_HASH),
  meetings: logged(['id']),
  meeting_members: logged(['id']),
  meeting_items: logged(['id']),
  meeting_recusals: logged(['item_id', 'member_id']),
  meeting_decisions: logged(['id']),
  // Publication (issue #14): the county's calendar and naming settings, the notice with its
  // copied list, objections with their append-only steps and files, namings and star history.
  publication_settings: logged(['county_id', 'key'], undefined, undefined, [
    'updated_by',
    'updated_at',
  ]),
  notices: logged(['id']),
  notice_entries: logged(['notice_id', 'branch_id']),
  objections: logged(['id']),
  objection_steps: logged(['objection_id', 'seq']),
  objection_files: logged(['id'], undefined, CONTENT_BY_HASH),
  namings: logged(['id']),
  star_history: logged(['id']),
  // A frozen round (定稿, migration 0012) travels with its signature, so a township's laptop
  // refuses edits to it too; the signature is checked against the key it names.
  checkpoints: logged(['id']),
};

/** The travelling tables, in a fixed order (parents before children, as an import applies). */
export function loggedTables(): readonly string[] {
  return LOGGED_TABLES;
}

/** A travelling table's policy; throws for a table that does not travel. */
export function loggedPolicy(table: string): LoggedTable {
  const policy = TABLE_POLICIES[table];
  if (!policy?.travels) throw new Error(`${table} does not travel between laptops`);
  return policy;
}

const LOGGED_TABLES: readonly string[] = listLogged();

function listLogged(): readonly string[] {
  return Object.entries(TABLE_POLICIES)
    .filter(([, policy]) => policy.travels)
    .map(([name]) => name);
}

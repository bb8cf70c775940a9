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
}

export interface LocalTable {
  readonly travels: false;
  /** Why it stays: the reviewer of a new table must be able to check the reason. */
  readonly why: string;
}

export type TablePolicy = LoggedTable | LocalTable;

const logged = (key: readonly string[], localColumns?: readonly string[]): LoggedTable =>
  localColumns ? { travels: true, key, localColumns } : { travels: true, key };

export const TABLE_POLICIES: Readonly<Record<string, TablePolicy>> = {
  meta: {
    travels: false,
    why: "this laptop's settings: operator name, backup folder, replica id and clock",
  },
  audit_log: {
    travels: false,
    why: "this laptop's own trail; a merged change carries its own who and when in the log",
  },
  org_units: logged(['id']),
  rubric_versions: logged(['id']),
  campaigns: logged(['id']),
  campaign_branches: logged(['campaign_id', 'branch_id']),
  evaluators: logged(['id']),
  campaign_evaluators: logged(['campaign_id', 'evaluator_id']),
  rounds: logged(['id']),
  // The pack is a cache of the sheet's scores, rebuilt on each laptop (migration 0003).
  score_sheets: logged(['id'], ['packed', 'packed_rubric']),
  scores: logged(['sheet_id', 'item_code']),
  veto_resolutions: logged(['id']),
  // No primary key: a row is identified as its unique index identifies it.
  plan_targets: logged(['campaign_id', 'township_id', 'target_kind', 'target']),
  assignments: logged(['round_id', 'evaluator_id', 'branch_id']),
  // The file's bytes travel beside the operations in the package, named by content hash.
  evidence_files: logged(['id']),
  meetings: logged(['id']),
  meeting_members: logged(['id']),
  meeting_items: logged(['id']),
  meeting_recusals: logged(['item_id', 'member_id']),
  meeting_decisions: logged(['id']),
  // Publication (issue #14): the county's calendar and naming settings, the notice with its
  // copied list, objections with their append-only steps and files, namings and star history.
  publication_settings: logged(['county_id', 'key']),
  notices: logged(['id']),
  notice_entries: logged(['notice_id', 'branch_id']),
  objections: logged(['id']),
  objection_steps: logged(['objection_id', 'seq']),
  objection_files: logged(['id']),
  namings: logged(['id']),
  star_history: logged(['id']),
  // A frozen round (定稿, migration 0012) travels with its signature, so a township's laptop
  // refuses edits to it too; the signature is checked against the key it names.
  checkpoints: logged(['id']),
};

/** The travelling tables, in a fixed order (parents before children, as an import applies). */
export function loggedTables(): readonly string[] {
  return Object.entries(TABLE_POLICIES)
    .filter(([, policy]) => policy.travels)
    .map(([name]) => name);
}

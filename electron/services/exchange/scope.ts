import type { OperationRow } from './queries';
import type { TownshipRows } from './queries/places';
import { townshipRows } from './queries/places';

/**
 * Which operations a township's package carries (issue #16 point 5): what the county sends a
 * township to score offline. The county-wide frame — rubric, campaign, rounds, evaluators,
 * settings, freezes — and of the county's organisations only the county and that township;
 * then everything tied to the township's branches: their membership of campaigns, sheets,
 * scores, evidence, vetoes, assignments and plan targets. The committee's meetings, notices,
 * objections and namings are the county's own procedure and stay behind.
 *
 * Every operation of an included row travels (its whole history), so the township's laptop
 * can tell a later edit from a concurrent one.
 */
type Rule = (key: readonly unknown[], rows: TownshipRows, townshipId: string) => boolean;

const everywhere: Rule = () => true;
const has = (set: Set<string>, value: unknown) => typeof value === 'string' && set.has(value);

const RULES: Readonly<Record<string, Rule>> = {
  rubric_versions: everywhere,
  campaigns: everywhere,
  rounds: everywhere,
  evaluators: everywhere,
  campaign_evaluators: everywhere,
  publication_settings: everywhere,
  checkpoints: everywhere,
  org_units: ([id], rows) => has(rows.units, id) || has(rows.branches, id),
  campaign_branches: ([, branchId], rows) => has(rows.branches, branchId),
  assignments: ([, , branchId], rows) => has(rows.branches, branchId),
  plan_targets: ([, township], _rows, townshipId) => township === townshipId,
  score_sheets: ([id], rows) => has(rows.sheets, id),
  scores: ([sheetId], rows) => has(rows.sheets, sheetId),
  evidence_files: ([id], rows) => has(rows.evidence, id),
  veto_resolutions: ([id], rows) => has(rows.vetoes, id),
};

/** A filter keeping the logged operations of one township's package. */
export function townshipFilter(
  db: Parameters<typeof townshipRows>[0],
  townshipId: string,
): (op: Pick<OperationRow, 'tbl' | 'row_key'>) => boolean {
  const rows = townshipRows(db, townshipId);
  return (op) => {
    const rule = RULES[op.tbl];
    return rule !== undefined && rule(JSON.parse(op.row_key) as unknown[], rows, townshipId);
  };
}

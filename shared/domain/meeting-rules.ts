import type { AgendaReason, Attendance, DecisionOutcome } from './views/meetings';

/**
 * The committee's rules as pure functions (issue #13): the meetings service applies them
 * before it writes, and the renderer may show them before it asks.
 */

/** Present members a meeting needs: ceil(members × num / den); at least one. */
export function quorumNeeded(members: number, num: number, den: number): number {
  return Math.max(1, Math.ceil((members * num) / den));
}

export function quorumOf(
  attendance: readonly Attendance[],
  num: number,
  den: number,
): { members: number; present: number; needed: number; met: boolean } {
  const members = attendance.length;
  const present = attendance.filter((a) => a === 'present').length;
  const needed = quorumNeeded(members, num, den);
  return { members, present, needed, met: members > 0 && present >= needed };
}

/** What the agenda needs of one ranking row. */
export interface AgendaRow {
  branchId: string;
  status: 'rated' | 'vetoed' | 'incomplete' | 'unscored';
  flags: readonly string[];
  level: number | null;
  levelBeforeQuota: number | null;
  /** max − min of the evaluators' totals (hundredths), when two or more have one. */
  span?: number | undefined;
}

/** Default span threshold: evaluators 10 points apart put a branch on the agenda. */
export const DEFAULT_SPAN_THRESHOLD = 1000;

const ORDER: readonly AgendaReason[] = ['border', 'span', 'veto', 'incomplete', 'gate'];

/**
 * Why a branch needs discussion; an empty list puts it in the consent block. `spanThreshold`
 * (hundredths): evaluators further apart than this put the branch on the agenda.
 */
export function agendaReasons(
  row: AgendaRow,
  spanThreshold = Number.POSITIVE_INFINITY,
): AgendaReason[] {
  const reasons = new Set<AgendaReason>();
  if (row.flags.includes('demoted') || row.flags.includes('border-tie')) reasons.add('border');
  if (row.span !== undefined && row.span > spanThreshold) reasons.add('span');
  if (row.level !== row.levelBeforeQuota && row.level !== null) reasons.add('border');
  if (row.flags.includes('veto') || row.status === 'vetoed') reasons.add('veto');
  if (row.status === 'incomplete') reasons.add('incomplete');
  if (row.flags.includes('gate')) reasons.add('gate');
  return ORDER.filter((r) => reasons.has(r));
}

/**
 * The agenda from the ranking, in the ranking's order within each group: the border, wide
 * disagreement between evaluators (span), vetoes, incomplete, gate-capped, then the rest as one
 * consent block (其余按排名通过). Unscored branches have nothing to decide and are left out.
 */
export function buildAgenda(
  rows: readonly AgendaRow[],
  spanThreshold = Number.POSITIVE_INFINITY,
): { branchId: string; reasons: AgendaReason[]; consent: boolean }[] {
  const discussed: { branchId: string; reasons: AgendaReason[]; consent: boolean; key: number }[] =
    [];
  const consent: { branchId: string; reasons: AgendaReason[]; consent: boolean }[] = [];
  for (const row of rows) {
    if (row.status === 'unscored') continue;
    const reasons = agendaReasons(row, spanThreshold);
    if (reasons.length === 0)
      consent.push({ branchId: row.branchId, reasons: ['consent'], consent: true });
    else
      discussed.push({
        branchId: row.branchId,
        reasons,
        consent: false,
        key: ORDER.indexOf(reasons[0]!),
      });
  }
  const sorted = discussed
    .map((d, index) => ({ d, index }))
    .sort((a, b) => a.d.key - b.d.key || a.index - b.index)
    .map(({ d }) => ({ branchId: d.branchId, reasons: d.reasons, consent: d.consent }));
  return [...sorted, ...consent];
}

export interface DecisionInput {
  outcome: DecisionOutcome;
  computedLevel: number | null;
  decidedLevel: number | null;
  votes: { for: number; against: number; abstain: number };
  present: number;
  recused: number;
  reason: string;
}

export type DecisionProblem =
  | 'level-required'
  | 'level-not-allowed'
  | 'nothing-to-keep'
  | 'reason-required'
  | 'too-many-votes'
  | 'no-majority';

/** The level a decision gives: keep = the computed one, adjust = the chosen one, else none. */
export function decidedLevelOf(
  input: Pick<DecisionInput, 'outcome' | 'computedLevel' | 'decidedLevel'>,
): number | null {
  if (input.outcome === 'keep') return input.computedLevel;
  if (input.outcome === 'adjust') return input.decidedLevel;
  return null;
}

/** Whether the outcome differs from what the scores computed: then a reason is required. */
export function differsFromComputed(
  input: Pick<DecisionInput, 'outcome' | 'computedLevel' | 'decidedLevel'>,
): boolean {
  if (input.outcome === 'keep') return false;
  if (input.outcome === 'adjust') return input.decidedLevel !== input.computedLevel;
  return true;
}

/**
 * The first rule a decision breaks, or null: an adjustment names a level and nothing else does;
 * a reason whenever the outcome differs from the computed level; only members present and not
 * recused vote; and a decision carries only with more votes for than half of those eligible.
 */
export function decisionProblem(input: DecisionInput): DecisionProblem | null {
  if (input.outcome === 'adjust' && input.decidedLevel === null) return 'level-required';
  if (input.outcome !== 'adjust' && input.decidedLevel !== null) return 'level-not-allowed';
  // A vetoed or incomplete branch has no computed level: 维持 would record no level at all.
  if (input.outcome === 'keep' && input.computedLevel === null) return 'nothing-to-keep';
  if (differsFromComputed(input) && input.reason.trim().length < 2) return 'reason-required';
  const eligible = input.present - input.recused;
  const cast = input.votes.for + input.votes.against + input.votes.abstain;
  if (cast > eligible) return 'too-many-votes';
  if (input.votes.for * 2 <= eligible) return 'no-majority';
  return null;
}

/**
 * Whether a decided level breaks a quota (超出名额): it is above the computed level and either a
 * quota is what lowered the branch (the level before the quotas reaches the decided one), or the
 * plan sets a target for a level it reaches. Lowering a level never breaks a ceiling.
 */
export function overridesQuota(input: {
  decidedLevel: number | null;
  computedLevel: number | null;
  levelBeforeQuota: number | null;
  plannedLevels: readonly number[];
}): boolean {
  const { decidedLevel, computedLevel, levelBeforeQuota } = input;
  if (decidedLevel === null || computedLevel === null || decidedLevel <= computedLevel)
    return false;
  if (levelBeforeQuota !== null && levelBeforeQuota > computedLevel) return true;
  return input.plannedLevels.some((level) => level <= decidedLevel);
}

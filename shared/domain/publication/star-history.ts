/**
 * A branch's stars across years (动态管理, issue #14 point 7): what changed from one named level
 * to the next, the optional rules a county applies (as data), and which level the
 * year-over-year columns show.
 */

/** One named level; level 0 is 摘星 (the star was withdrawn). */
export interface NamedLevel {
  year: number;
  level: number;
  /** The basis document, e.g. 青组发〔2026〕12号. */
  document: string;
  day: string;
  reason?: string;
  /** 破格: named more than the yearly step allows, with the reason. */
  exceptional?: string;
}

export type StarChange = 'first' | 'up' | 'down' | 'withdrawn' | 'same';

export function starChange(previous: number | null, level: number): StarChange {
  if (previous === null) return 'first';
  if (level === previous) return 'same';
  if (level === 0) return 'withdrawn';
  return level > previous ? 'up' : 'down';
}

/** The county's rules as data; every rule can be switched off. */
export interface StarRules {
  /** At most this many levels up from the last named level in one year; null = no limit. */
  maxStepUp: number | null;
  /** A branch on the veto list (一票否决) loses its star: only level 0 may be named. */
  vetoWithdraws: boolean;
  /** Branches founded this many years ago or fewer are assessed but not rated (参评不定星); null = off. */
  newBranchYears: number | null;
}

export const DEFAULT_STAR_RULES: StarRules = {
  maxStepUp: 1,
  vetoWithdraws: true,
  newBranchYears: 1,
};

export interface StarProposal {
  year: number;
  level: number;
  reason?: string;
  exceptional?: string;
  vetoed: boolean;
  /** Year the branch was founded, when known. */
  foundedYear?: number | null;
}

export type StarRuleProblem =
  | 'step-needs-exception'
  | 'veto-withdraws'
  | 'new-branch-unrated'
  | 'reason-required'
  | 'year-not-after-last';

/** The last named level before `year`, or null when the branch was never named before. */
export function lastNamed(history: readonly NamedLevel[], year: number): NamedLevel | null {
  return history
    .filter((h) => h.year < year)
    .reduce<NamedLevel | null>((a, h) => (a === null || h.year > a.year ? h : a), null);
}

/** What keeps a proposed named level from being recorded; empty when it may be named. */
export function starRuleProblems(
  history: readonly NamedLevel[],
  proposal: StarProposal,
  rules: StarRules = DEFAULT_STAR_RULES,
): StarRuleProblem[] {
  const problems: StarRuleProblem[] = [];
  if (history.some((h) => h.year >= proposal.year)) problems.push('year-not-after-last');
  const previous = lastNamed(history, proposal.year)?.level ?? null;
  const change = starChange(previous, proposal.level);
  const blank = (s: string | undefined) => s === undefined || s.trim() === '';
  if (
    rules.newBranchYears !== null &&
    proposal.foundedYear !== undefined &&
    proposal.foundedYear !== null &&
    proposal.year - proposal.foundedYear < rules.newBranchYears &&
    proposal.level > 0
  )
    problems.push('new-branch-unrated');
  if (rules.vetoWithdraws && proposal.vetoed && proposal.level > 0) problems.push('veto-withdraws');
  if (
    rules.maxStepUp !== null &&
    change === 'up' &&
    previous !== null &&
    proposal.level - previous > rules.maxStepUp &&
    blank(proposal.exceptional)
  )
    problems.push('step-needs-exception');
  if ((change === 'down' || change === 'withdrawn') && blank(proposal.reason))
    problems.push('reason-required');
  return problems;
}

/** One timeline entry: the named level and how it changed from the one before. */
export interface TimelineEntry extends NamedLevel {
  change: StarChange;
  previous: number | null;
}

export function timeline(history: readonly NamedLevel[]): TimelineEntry[] {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  return sorted.map((h, i) => {
    const previous = i === 0 ? null : (sorted[i - 1]?.level ?? null);
    return { ...h, previous, change: starChange(previous, h.level) };
  });
}

/**
 * Last year's levels for the year-over-year columns: the level named last year (命名, star
 * history) wherever there is one, else last year's computed level from the linked campaign
 * (null = took part but not rated). Null when there is neither, so no column is shown.
 */
export function priorLevels(
  namedLastYear: ReadonlyMap<string, number>,
  computedLastYear: ReadonlyMap<string, number | null> | null,
): Map<string, number | null> | null {
  if (namedLastYear.size === 0 && computedLastYear === null) return null;
  const levels = new Map<string, number | null>(computedLastYear ?? []);
  for (const [branchId, level] of namedLastYear) levels.set(branchId, level);
  return levels;
}

import type { ObjectionEffect } from './objection';

/**
 * Who may be named (命名, issue #14 point 6): only branches on an ended notice, with a proposed
 * level, and whose objections all ended without changing anything (不予受理 or 维持). One open
 * objection, a 退回复核 or a 取消资格 keeps the branch off the list; an 调整星级 keeps it off
 * until the committee decides the new level again (the adjusted level is proposed, not named).
 */

export interface NamingCandidate {
  branchId: string;
  /** The level on the notice; null = listed without a star (not nameable). */
  proposedLevel: number | null;
  objections: readonly ObjectionEffect[];
}

export type Ineligibility =
  'notice-running' | 'no-level' | 'objection-open' | 'rereview' | 'adjusted' | 'revoked';

export type Eligibility =
  | { eligible: true; level: number }
  | { eligible: false; why: Ineligibility; adjustedLevel?: number };

/** Most serious first: what the screen shows when several objections apply. */
const ORDER: readonly Ineligibility[] = ['revoked', 'rereview', 'objection-open', 'adjusted'];

export function namingEligibility(
  candidate: NamingCandidate,
  today: string,
  noticeEnd: string,
): Eligibility {
  if (today <= noticeEnd) return { eligible: false, why: 'notice-running' };
  if (candidate.proposedLevel === null || candidate.proposedLevel <= 0)
    return { eligible: false, why: 'no-level' };
  const found = new Set<Ineligibility>();
  let adjustedLevel: number | undefined;
  for (const e of candidate.objections) {
    if (e.kind === 'open') found.add('objection-open');
    else if (e.kind === 'rereview') found.add('rereview');
    else if (e.kind === 'revoked') found.add('revoked');
    else if (e.kind === 'adjusted') {
      found.add('adjusted');
      adjustedLevel = e.level;
    }
  }
  const why = ORDER.find((w) => found.has(w));
  if (why === undefined) return { eligible: true, level: candidate.proposedLevel };
  return why === 'adjusted' && adjustedLevel !== undefined
    ? { eligible: false, why, adjustedLevel }
    : { eligible: false, why };
}

/** Which levels the county names itself; the rest go up to the city (报市级命名). Configuration. */
export interface NamingAuthority {
  countyLevels: readonly number[];
}

export const DEFAULT_AUTHORITY: NamingAuthority = { countyLevels: [1, 2, 3] };

export interface NamingLists {
  /** Named by the county, by level (highest first). */
  county: { level: number; branchIds: string[] }[];
  /** Sent up for the city to name, by level. */
  city: { level: number; branchIds: string[] }[];
  /** Not named, with why. */
  held: { branchId: string; why: Ineligibility; adjustedLevel?: number }[];
}

export function namingLists(
  candidates: readonly NamingCandidate[],
  today: string,
  noticeEnd: string,
  authority: NamingAuthority = DEFAULT_AUTHORITY,
): NamingLists {
  const byLevel = new Map<number, string[]>();
  const held: NamingLists['held'] = [];
  for (const c of candidates) {
    const e = namingEligibility(c, today, noticeEnd);
    if (e.eligible) byLevel.set(e.level, [...(byLevel.get(e.level) ?? []), c.branchId]);
    else
      held.push({
        branchId: c.branchId,
        why: e.why,
        ...(e.adjustedLevel !== undefined ? { adjustedLevel: e.adjustedLevel } : {}),
      });
  }
  const levels = [...byLevel.keys()].sort((a, b) => b - a);
  const lists = (county: boolean) =>
    levels
      .filter((l) => authority.countyLevels.includes(l) === county)
      .map((level) => ({ level, branchIds: byLevel.get(level) ?? [] }));
  return { county: lists(true), city: lists(false), held };
}

import type { RoundKind } from '../../../shared/domain/org';

/** What the app recorded about how the proposed ratings came about. */
export interface NoticeFacts {
  /** The campaign's rounds in order, each with whether any of its sheets was submitted. */
  rounds: { kind: RoundKind; name: string; submitted: boolean }[];
  /** A committee (评审会) recorded a decision on the round (`meeting_decisions`). */
  committeeDecided: boolean;
}

/** A stage the notice may name: a kind of round, the committee, or a round by its own name. */
export type NoticeStage =
  { kind: 'self' | 'township' | 'county' | 'committee' } | { kind: 'other'; name: string };

/** The procedure's own order: self-assessment, township, county, other rounds as listed. */
const ORDER: Record<RoundKind, number> = { self: 0, township: 1, county: 2, other: 3 };

/**
 * The stages the public notice names (经支部自评、乡镇初评和县级审核…): only those that really
 * happened in the app, in the procedure's order. A round counts once a sheet of it was
 * submitted; a kind is named once however many rounds it had; "评审会集体研究" only when a
 * committee decision is recorded. So the notice never claims a procedure nobody ran.
 */
export function noticeStages(facts: NoticeFacts): NoticeStage[] {
  const stages: NoticeStage[] = [];
  const seen = new Set<string>();
  // A stable sort keeps other rounds in their listed order.
  const rounds = [...facts.rounds].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (const round of rounds) {
    if (!round.submitted) continue;
    const key = round.kind === 'other' ? `other:${round.name}` : round.kind;
    if (seen.has(key)) continue;
    seen.add(key);
    stages.push(
      round.kind === 'other' ? { kind: 'other', name: round.name } : { kind: round.kind },
    );
  }
  if (facts.committeeDecided) stages.push({ kind: 'committee' });
  return stages;
}

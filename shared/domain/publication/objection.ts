/**
 * The objection (异议) handling steps as a pure state machine (issue #14 point 5). The service
 * applies a step here first and stores the result only when it is accepted, so the screen, the
 * API and an import all obey the same order:
 *
 *   received ─受理→ accepted ─调查核实→ investigating ─结论→ concluded ─处理→ handled ─反馈→ closed
 *       └─不予受理(reason)→ rejected ─反馈→ closed
 */

export type ObjectionStage =
  'received' | 'accepted' | 'rejected' | 'investigating' | 'concluded' | 'handled' | 'closed';

export type Finding = 'true' | 'partly' | 'false'; // 属实 / 部分属实 / 不属实
export type Handling = 'maintain' | 'rereview' | 'adjust' | 'revoke'; // 维持 / 退回复核 / 调整星级 / 取消资格

export interface ObjectionState {
  stage: ObjectionStage;
  rejectReason?: string;
  investigator?: string;
  dueDay?: string;
  finding?: Finding;
  handling?: Handling;
  /** The level after 调整星级 (0 = no star). */
  adjustedLevel?: number;
  /** The stage the feedback closed: 'handled' or 'rejected'. */
  closedFrom?: 'handled' | 'rejected';
  feedbackDay?: string;
  feedbackHow?: string;
}

export type ObjectionStep =
  | { kind: 'accept' }
  | { kind: 'reject'; reason: string }
  | { kind: 'investigate'; investigator: string; dueDay: string }
  | { kind: 'conclude'; finding: Finding }
  | { kind: 'handle'; handling: Handling; adjustedLevel?: number; currentLevel?: number }
  | { kind: 'feedback'; day: string; how: string };

/** Why a step is refused; each is a translation key under `publication.objection.refused`. */
export type StepRefusal =
  | 'wrong-stage'
  | 'reason-required'
  | 'investigator-required'
  | 'due-required'
  | 'handling-contradicts-finding'
  | 'level-required'
  | 'level-unchanged'
  | 'feedback-required';

export type StepResult = { ok: true; state: ObjectionState } | { ok: false; refusal: StepRefusal };

/** Which step each stage allows. */
const NEXT: Record<ObjectionStage, readonly ObjectionStep['kind'][]> = {
  received: ['accept', 'reject'],
  accepted: ['investigate'],
  rejected: ['feedback'],
  investigating: ['conclude'],
  concluded: ['handle'],
  handled: ['feedback'],
  closed: [],
};

/** Handlings a finding allows: an untrue objection changes nothing; a true one must change something. */
const HANDLINGS: Record<Finding, readonly Handling[]> = {
  false: ['maintain'],
  partly: ['maintain', 'rereview', 'adjust', 'revoke'],
  true: ['rereview', 'adjust', 'revoke'],
};

export const INITIAL_OBJECTION: ObjectionState = { stage: 'received' };

export function allowedSteps(state: ObjectionState): readonly ObjectionStep['kind'][] {
  return NEXT[state.stage];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
const refuse = (refusal: StepRefusal): StepResult => ({ ok: false, refusal });

export function applyStep(state: ObjectionState, step: ObjectionStep): StepResult {
  if (!NEXT[state.stage].includes(step.kind)) return refuse('wrong-stage');
  switch (step.kind) {
    case 'accept':
      return { ok: true, state: { stage: 'accepted' } };
    case 'reject':
      if (blank(step.reason)) return refuse('reason-required');
      return { ok: true, state: { stage: 'rejected', rejectReason: step.reason.trim() } };
    case 'investigate':
      if (blank(step.investigator)) return refuse('investigator-required');
      if (!ISO_DAY.test(step.dueDay)) return refuse('due-required');
      return {
        ok: true,
        state: {
          ...state,
          stage: 'investigating',
          investigator: step.investigator.trim(),
          dueDay: step.dueDay,
        },
      };
    case 'conclude':
      return { ok: true, state: { ...state, stage: 'concluded', finding: step.finding } };
    case 'handle': {
      if (!state.finding || !HANDLINGS[state.finding].includes(step.handling))
        return refuse('handling-contradicts-finding');
      const next: ObjectionState = { ...state, stage: 'handled', handling: step.handling };
      if (step.handling === 'adjust') {
        const level = step.adjustedLevel;
        if (level === undefined || !Number.isInteger(level) || level < 0)
          return refuse('level-required');
        if (level === step.currentLevel) return refuse('level-unchanged');
        next.adjustedLevel = level;
      }
      return { ok: true, state: next };
    }
    case 'feedback':
      if (!ISO_DAY.test(step.day) || blank(step.how)) return refuse('feedback-required');
      return {
        ok: true,
        state: {
          ...state,
          stage: 'closed',
          closedFrom: state.stage === 'rejected' ? 'rejected' : 'handled',
          feedbackDay: step.day,
          feedbackHow: step.how.trim(),
        },
      };
  }
}

/** Replays a stored list of steps; the first refused step stops it and says which. */
export function replaySteps(
  steps: readonly ObjectionStep[],
): { ok: true; state: ObjectionState } | { ok: false; refusal: StepRefusal; at: number } {
  let state = INITIAL_OBJECTION;
  for (const [i, step] of steps.entries()) {
    const r = applyStep(state, step);
    if (!r.ok) return { ok: false, refusal: r.refusal, at: i };
    state = r.state;
  }
  return { ok: true, state };
}

/**
 * What an objection means for naming its branch: 'open' while it is being handled (blocks
 * naming), 'clear' when it was not accepted or ended in 维持, 'rereview' when sent back,
 * 'adjusted' with the new level, 'revoked' when the branch lost its eligibility.
 */
export type ObjectionEffect =
  | { kind: 'open' }
  | { kind: 'clear' }
  | { kind: 'rereview' }
  | { kind: 'adjusted'; level: number }
  | { kind: 'revoked' };

export function objectionEffect(state: ObjectionState): ObjectionEffect {
  if (state.stage === 'rejected' || state.closedFrom === 'rejected') return { kind: 'clear' };
  if (state.handling === undefined) return { kind: 'open' };
  switch (state.handling) {
    case 'maintain':
      return { kind: 'clear' };
    case 'rereview':
      return { kind: 'rereview' };
    case 'adjust':
      return { kind: 'adjusted', level: state.adjustedLevel ?? 0 };
    case 'revoke':
      return { kind: 'revoked' };
  }
}

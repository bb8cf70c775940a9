import { describe, expect, it } from 'vitest';

import {
  allowedSteps,
  applyStep,
  objectionEffect,
  replaySteps,
  type Finding,
  type Handling,
  type ObjectionStage,
  type ObjectionState,
  type ObjectionStep,
} from '../../../shared/domain/publication/objection';

const SAMPLE: Record<ObjectionStep['kind'], ObjectionStep> = {
  accept: { kind: 'accept' },
  reject: { kind: 'reject', reason: '反映问题与评星无关' },
  investigate: { kind: 'investigate', investigator: '县委组织部组织科 王敏', dueDay: '2025-10-20' },
  conclude: { kind: 'conclude', finding: 'partly' },
  handle: { kind: 'handle', handling: 'maintain' },
  feedback: { kind: 'feedback', day: '2025-10-22', how: '电话告知' },
};

/** A state at each stage, reached through the steps themselves. */
const PATHS: Record<ObjectionStage, ObjectionStep[]> = {
  received: [],
  accepted: [SAMPLE.accept],
  rejected: [SAMPLE.reject],
  investigating: [SAMPLE.accept, SAMPLE.investigate],
  concluded: [SAMPLE.accept, SAMPLE.investigate, SAMPLE.conclude],
  handled: [SAMPLE.accept, SAMPLE.investigate, SAMPLE.conclude, SAMPLE.handle],
  closed: [SAMPLE.accept, SAMPLE.investigate, SAMPLE.conclude, SAMPLE.handle, SAMPLE.feedback],
};

function at(stage: ObjectionStage): ObjectionState {
  const r = replaySteps(PATHS[stage]);
  if (!r.ok) throw new Error(`cannot reach ${stage}`);
  expect(r.state.stage).toBe(stage);
  return r.state;
}

const EXPECTED_NEXT: Record<
  ObjectionStage,
  ObjectionStage | Partial<Record<string, ObjectionStage>>
> = {
  received: { accept: 'accepted', reject: 'rejected' },
  accepted: { investigate: 'investigating' },
  rejected: { feedback: 'closed' },
  investigating: { conclude: 'concluded' },
  concluded: { handle: 'handled' },
  handled: { feedback: 'closed' },
  closed: {},
};

describe('objection steps', () => {
  for (const stage of Object.keys(PATHS) as ObjectionStage[]) {
    for (const kind of Object.keys(SAMPLE) as ObjectionStep['kind'][]) {
      const target = (EXPECTED_NEXT[stage] as Record<string, ObjectionStage>)[kind];
      it(`${stage} + ${kind} → ${target ?? 'refused (wrong-stage)'}`, () => {
        const r = applyStep(at(stage), SAMPLE[kind]);
        if (target === undefined) expect(r).toEqual({ ok: false, refusal: 'wrong-stage' });
        else expect(r.ok && r.state.stage).toBe(target);
        expect(allowedSteps(at(stage)).includes(kind)).toBe(target !== undefined);
      });
    }
  }

  it('不予受理 needs a reason, 调查核实 a person and a due date, 反馈 a date and how', () => {
    expect(applyStep(at('received'), { kind: 'reject', reason: '  ' })).toEqual({
      ok: false,
      refusal: 'reason-required',
    });
    expect(
      applyStep(at('accepted'), { kind: 'investigate', investigator: '', dueDay: '2025-10-20' }),
    ).toEqual({ ok: false, refusal: 'investigator-required' });
    expect(
      applyStep(at('accepted'), { kind: 'investigate', investigator: '王敏', dueDay: '10月20日' }),
    ).toEqual({ ok: false, refusal: 'due-required' });
    expect(applyStep(at('handled'), { kind: 'feedback', day: '2025-10-22', how: '' })).toEqual({
      ok: false,
      refusal: 'feedback-required',
    });
    expect(applyStep(at('rejected'), { kind: 'feedback', day: '', how: '书面答复' })).toEqual({
      ok: false,
      refusal: 'feedback-required',
    });
  });

  const CASES: [Finding, Handling, boolean][] = [
    ['false', 'maintain', true],
    ['false', 'rereview', false],
    ['false', 'adjust', false],
    ['false', 'revoke', false],
    ['partly', 'maintain', true],
    ['partly', 'rereview', true],
    ['partly', 'adjust', true],
    ['partly', 'revoke', true],
    ['true', 'maintain', false],
    ['true', 'rereview', true],
    ['true', 'adjust', true],
    ['true', 'revoke', true],
  ];
  for (const [finding, handling, allowed] of CASES) {
    it(`finding ${finding} ${allowed ? 'allows' : 'refuses'} handling ${handling}`, () => {
      const r = replaySteps([
        SAMPLE.accept,
        SAMPLE.investigate,
        { kind: 'conclude', finding },
        { kind: 'handle', handling, adjustedLevel: 2, currentLevel: 3 },
      ]);
      expect(r.ok).toBe(allowed);
      if (!allowed) expect(r).toMatchObject({ refusal: 'handling-contradicts-finding', at: 3 });
    });
  }

  it('调整星级 needs a new level different from the current one', () => {
    const concluded = replaySteps([
      SAMPLE.accept,
      SAMPLE.investigate,
      { kind: 'conclude', finding: 'true' },
    ]);
    if (!concluded.ok) throw new Error('setup');
    expect(applyStep(concluded.state, { kind: 'handle', handling: 'adjust' })).toEqual({
      ok: false,
      refusal: 'level-required',
    });
    expect(
      applyStep(concluded.state, {
        kind: 'handle',
        handling: 'adjust',
        adjustedLevel: 3,
        currentLevel: 3,
      }),
    ).toEqual({ ok: false, refusal: 'level-unchanged' });
    const ok = applyStep(concluded.state, {
      kind: 'handle',
      handling: 'adjust',
      adjustedLevel: 2,
      currentLevel: 3,
    });
    expect(ok.ok && ok.state.adjustedLevel).toBe(2);
  });

  it('replay reports the first refused step by position and keeps everything earlier', () => {
    expect(replaySteps([SAMPLE.accept, SAMPLE.conclude])).toEqual({
      ok: false,
      refusal: 'wrong-stage',
      at: 1,
    });
    const closed = replaySteps(PATHS.closed);
    expect(closed.ok && closed.state).toMatchObject({
      investigator: '县委组织部组织科 王敏',
      finding: 'partly',
      handling: 'maintain',
      feedbackHow: '电话告知',
      closedFrom: 'handled',
    });
  });
});

describe('what an objection means for naming', () => {
  const effectAfter = (steps: ObjectionStep[]) => {
    const r = replaySteps(steps);
    if (!r.ok) throw new Error('setup');
    return objectionEffect(r.state);
  };
  const base = [
    SAMPLE.accept,
    SAMPLE.investigate,
    { kind: 'conclude', finding: 'true' } as ObjectionStep,
  ];

  it('is open from receipt until it is handled', () => {
    for (const stage of ['received', 'accepted', 'investigating', 'concluded'] as const)
      expect(objectionEffect(at(stage))).toEqual({ kind: 'open' });
  });
  it('clears the branch when not accepted or when maintained', () => {
    expect(effectAfter([SAMPLE.reject])).toEqual({ kind: 'clear' });
    expect(effectAfter([SAMPLE.reject, SAMPLE.feedback])).toEqual({ kind: 'clear' });
    expect(effectAfter(PATHS.handled)).toEqual({ kind: 'clear' });
  });
  it('sends back, adjusts or revokes as handled, before and after feedback', () => {
    expect(effectAfter([...base, { kind: 'handle', handling: 'rereview' }])).toEqual({
      kind: 'rereview',
    });
    expect(
      effectAfter([
        ...base,
        { kind: 'handle', handling: 'adjust', adjustedLevel: 1 },
        SAMPLE.feedback,
      ]),
    ).toEqual({ kind: 'adjusted', level: 1 });
    expect(effectAfter([...base, { kind: 'handle', handling: 'revoke' }, SAMPLE.feedback])).toEqual(
      { kind: 'revoked' },
    );
  });
});

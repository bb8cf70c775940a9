import { z } from 'zod';
import type { OutgoingFile } from '../domain/views/files';
import type {
  DecidedLevel,
  MeetingSummary,
  MeetingView,
  SimulationView,
} from '../domain/views/meetings';
import { LANGUAGES } from '../domain/views/preferences';
import { DEFAULT_SPAN_THRESHOLD } from '../domain/meeting-rules';
import { id, jobId, method } from './method';

const name = z.string().trim().max(100);
/** Checked for a real reason (not blank) by the service, which names the problem. */
const reason = z.string().max(500);
const count = z.int().min(0).max(1000);

/** The committee review meeting (评审会, issue #13). */
export const meetingsContract = {
  'meetings.list': method(z.strictObject({ campaignId: id })).returns<MeetingSummary[]>(),
  'meetings.get': method(z.strictObject({ id })).returns<MeetingView>(),
  'meetings.create': method(
    z.strictObject({
      campaignId: id,
      kind: z.enum(['regular', 're-review']).default('regular'),
      title: z.string().trim().min(1).max(100),
      heldOn: z.iso.date(),
      venue: name.default(''),
      chair: name.default(''),
      recorder: name.default(''),
      quorum: z
        .strictObject({ num: z.int().min(1).max(100), den: z.int().min(1).max(100) })
        .refine((q) => q.num <= q.den, { message: 'num ≤ den' })
        .default({ num: 2, den: 3 }),
      /** Hundredths: evaluators' totals further apart than this put a branch on the agenda. */
      spanThreshold: z.int().min(0).max(10_000_000).default(DEFAULT_SPAN_THRESHOLD),
      members: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1).max(100),
            evaluatorId: id.nullable().default(null),
            unitId: id.nullable().default(null),
          }),
        )
        .min(1)
        .max(100),
    }),
  ).returns<MeetingView>(),
  'meetings.rollCall': method(
    z.strictObject({
      id,
      memberId: id,
      attendance: z.enum(['present', 'absent', 'leave']),
    }),
  ).returns<MeetingView>(),
  'meetings.start': method(z.strictObject({ id })).returns<MeetingView>(),
  'meetings.reorder': method(
    z.strictObject({ id, itemIds: z.array(id).min(1).max(100_000) }),
  ).returns<MeetingView>(),
  'meetings.orderByRecusal': method(z.strictObject({ id })).returns<MeetingView>(),
  'meetings.advance': method(z.strictObject({ id, itemId: id })).returns<MeetingView>(),
  'meetings.declareRecusal': method(
    z.strictObject({ id, itemId: id, memberId: id, recused: z.boolean() }),
  ).returns<MeetingView>(),
  'meetings.decide': method(
    z.strictObject({
      id,
      itemId: id,
      outcome: z.enum(['keep', 'adjust', 're-review', 'defer']),
      decidedLevel: z.int().min(0).max(20).nullable().default(null),
      votes: z.strictObject({ for: count, against: count, abstain: count }),
      reason: reason.default(''),
    }),
  ).returns<MeetingView>(),
  'meetings.setShowNames': method(
    z.strictObject({ id, showNames: z.boolean() }),
  ).returns<MeetingView>(),
  'meetings.close': method(z.strictObject({ id })).returns<MeetingView>(),
  'meetings.reopen': method(z.strictObject({ id, reason })).returns<MeetingView>(),
  /** Read-only: "if this branch is rated N★, who else moves?" (nothing is stored). */
  'meetings.simulate': method(
    z.strictObject({ id, itemId: id, level: z.int().min(0).max(20) }),
  ).returns<SimulationView>(),
  /** Shows a simulation on the projector (level null hides it); kept in memory, not stored. */
  'meetings.project': method(
    z.strictObject({ id, itemId: id, level: z.int().min(0).max(20).nullable() }),
  ).returns<MeetingView>(),
  'meetings.decidedLevels': method(z.strictObject({ roundId: id })).returns<DecidedLevel[]>(),
  /** The minutes (会议纪要, .docx) built from the records; the user's language unless chosen. */
  'meetings.minutes': method(
    z.strictObject({ id, language: z.enum(LANGUAGES).optional(), jobId }),
  ).returns<OutgoingFile>(),
} as const;

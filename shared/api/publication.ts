import { z } from 'zod';
import type { TimelineEntry } from '../domain/publication/star-history';
import type {
  CalendarView,
  NamingPlan,
  NamingResult,
  NamingSettingsView,
  NamingView,
  NoticeView,
  ObjectionFileView,
  ObjectionView,
} from '../domain/views/publication';
import type { EvidenceLink } from '../domain/views/evidence';
import { fileId } from './files';
import type { OutgoingFile } from '../domain/views/files';
import { LANGUAGES } from '../domain/views/preferences';
import { id, jobId, method } from './method';

const day = z.iso.date();
/** 降星 needs a reason, a step up beyond the rules a 破格 reason (the county's star rules). */
const notes = z
  .array(
    z.strictObject({
      branchId: id,
      reason: z.string().trim().max(500).optional(),
      exceptional: z.string().trim().max(500).optional(),
    }),
  )
  .max(5000)
  .default([]);
const text = (max: number) => z.string().trim().max(max);

const calendar = z.strictObject({
  years: z
    .array(
      z.strictObject({
        year: z.int().min(2000).max(2100),
        verified: z.boolean(),
        holidays: z
          .array(z.strictObject({ from: z.string(), to: z.string(), name: text(40) }))
          .max(40),
        workdays: z.array(z.strictObject({ date: z.string(), name: text(40) })).max(40),
      }),
    )
    .max(20),
});

const step = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('accept') }),
  z.strictObject({ kind: z.literal('reject'), reason: text(500) }),
  z.strictObject({ kind: z.literal('investigate'), investigator: text(100), dueDay: z.string() }),
  z.strictObject({ kind: z.literal('conclude'), finding: z.enum(['true', 'partly', 'false']) }),
  z.strictObject({
    kind: z.literal('handle'),
    handling: z.enum(['maintain', 'rereview', 'adjust', 'revoke']),
    adjustedLevel: z.int().min(0).max(20).optional(),
    currentLevel: z.int().min(0).max(20).optional(),
  }),
  z.strictObject({ kind: z.literal('feedback'), day: z.string(), how: text(200) }),
]);

/** 公示, 异议, 命名 and star history (issue #14 points 4–7). */
export const publicationContract = {
  'publication.calendar': method(z.strictObject({ countyId: id })).returns<CalendarView>(),
  /** Stores an edited working-day calendar; null returns to the shipped one. */
  'publication.setCalendar': method(
    z.strictObject({ countyId: id, calendar: calendar.nullable() }),
  ).returns<CalendarView>(),
  'publication.notice': method(z.strictObject({ roundId: id })).returns<NoticeView | null>(),
  'publication.createNotice': method(
    z.strictObject({
      roundId: id,
      title: z.string().trim().min(1).max(200),
      startDay: day,
      workingDays: z.int().min(3).max(7).default(5),
      channels: z.strictObject({
        phone: text(60),
        letter: text(200),
        visit: text(200),
        address: text(200),
        rules: z.array(text(200)).max(10),
      }),
    }),
  ).returns<NoticeView>(),
  'publication.objections': method(z.strictObject({ noticeId: id })).returns<ObjectionView[]>(),
  'publication.registerObjection': method(
    z.strictObject({
      noticeId: id,
      branchId: id,
      receivedAt: z.iso.datetime({ local: true }),
      channel: z.enum(['phone', 'letter', 'visit', 'email', 'other']),
      fromKind: z.enum(['unit', 'person']),
      fromName: text(100).default(''),
      realName: z.boolean(),
      contact: text(200).default(''),
      content: z.string().trim().min(1).max(5000),
    }),
  ).returns<ObjectionView>(),
  'publication.stepObjection': method(z.strictObject({ id, step })).returns<ObjectionView>(),
  'publication.objectionFiles': method(z.strictObject({ objectionId: id })).returns<
    ObjectionFileView[]
  >(),
  /** Attaches a file chosen for `evidence` (checked as evidence is). */
  'publication.attachObjectionFile': method(
    z.strictObject({ objectionId: id, fileId }),
  ).returns<ObjectionFileView>(),
  /** A one-time link to an attachment's bytes. */
  'publication.objectionFile': method(z.strictObject({ id })).returns<EvidenceLink>(),
  'publication.name': method(
    z.strictObject({
      noticeId: id,
      documentNumber: z.string().trim().min(1).max(60),
      namedOn: day,
      notes,
    }),
  ).returns<NamingResult>(),
  /** Who a naming on that day would name and who not, without naming. */
  'publication.namingPreview': method(
    z.strictObject({ noticeId: id, namedOn: day, notes }),
  ).returns<NamingPlan>(),
  'publication.namings': method(z.strictObject({ noticeId: id })).returns<NamingView[]>(),
  'publication.namingSettings': method(
    z.strictObject({ countyId: id }),
  ).returns<NamingSettingsView>(),
  'publication.setNamingSettings': method(
    z.strictObject({
      countyId: id,
      authority: z
        .strictObject({ countyLevels: z.array(z.int().min(1).max(20)).max(20) })
        .nullable(),
      starRules: z
        .strictObject({
          maxStepUp: z.int().min(1).max(20).nullable(),
          vetoWithdraws: z.boolean(),
          newBranchYears: z.int().min(1).max(10).nullable(),
        })
        .nullable(),
    }),
  ).returns<NamingSettingsView>(),
  /** The notice (公示) as a Word document (a one-time link, built in a worker). */
  'publication.noticeDocument': method(
    z.strictObject({ noticeId: id, language: z.enum(LANGUAGES).optional(), jobId }),
  ).returns<OutgoingFile>(),
  /** A naming's decision (Word), 授牌 list or 备案 table (Excel). */
  'publication.namingFile': method(
    z.strictObject({
      namingId: id,
      file: z.enum(['decision', 'plaques', 'filing']),
      language: z.enum(LANGUAGES).optional(),
      jobId,
    }),
  ).returns<OutgoingFile>(),
  'publication.starTimeline': method(z.strictObject({ branchId: id })).returns<TimelineEntry[]>(),
} as const;

import type { publicationContract } from '../../../shared/api/publication';
import type { HandlerGroup } from '../registry';
import { attachObjectionFile, listObjectionFiles, openObjectionFile } from './attachments';
import { setWorkingCalendar, workingCalendar } from './calendar';
import { buildNamingFile, buildNoticeDocument } from './documents/service';
import { listNamings, nameBranches, previewNaming, starTimeline } from './naming';
import { createNotice, roundNotice } from './notice';
import { listObjections, registerObjection, stepObjection } from './objections';
import { namingSettings, setNamingSettings } from './settings';

export const publicationHandlers: HandlerGroup<typeof publicationContract> = {
  'publication.calendar': (input, ctx) => workingCalendar(ctx, input.countyId),
  'publication.setCalendar': (input, ctx) => setWorkingCalendar(ctx, input),
  'publication.notice': (input, ctx) => roundNotice(ctx, input.roundId),
  'publication.createNotice': (input, ctx) => createNotice(ctx, input),
  'publication.objections': (input, ctx) => listObjections(ctx, input.noticeId),
  'publication.registerObjection': (input, ctx) => registerObjection(ctx, input),
  'publication.stepObjection': (input, ctx) => stepObjection(ctx, input),
  'publication.objectionFiles': (input, ctx) => listObjectionFiles(ctx, input.objectionId),
  'publication.attachObjectionFile': (input, ctx) => attachObjectionFile(ctx, input),
  'publication.objectionFile': (input, ctx) => openObjectionFile(ctx, input),
  'publication.name': (input, ctx) => nameBranches(ctx, input),
  'publication.namingPreview': (input, ctx) => previewNaming(ctx, input),
  'publication.namings': (input, ctx) => listNamings(ctx, input.noticeId),
  'publication.namingSettings': (input, ctx) => namingSettings(ctx, input.countyId),
  'publication.setNamingSettings': (input, ctx) => setNamingSettings(ctx, input),
  'publication.noticeDocument': (input, ctx) => buildNoticeDocument(ctx, input),
  'publication.namingFile': (input, ctx) => buildNamingFile(ctx, input),
  'publication.starTimeline': (input, ctx) => starTimeline(ctx, input.branchId),
};

import type { meetingsContract } from '../../../shared/api/meetings';
import type { HandlerGroup } from '../registry';
import { buildMinutes } from './minutes/service';
import {
  advance,
  closeMeeting,
  createMeeting,
  decidedLevels,
  declareRecusal,
  listMeetings,
  orderByRecusal,
  reopenMeeting,
  reorderAgenda,
  rollCall,
  setShowNames,
  startMeeting,
} from './service';
import { decide } from './decide';
import { getMeetingView } from './view';

export const meetingsHandlers: HandlerGroup<typeof meetingsContract> = {
  'meetings.list': (input, ctx) => listMeetings(ctx, input),
  'meetings.get': (input, ctx) => getMeetingView(ctx, input),
  'meetings.create': (input, ctx) => createMeeting(ctx, input),
  'meetings.rollCall': (input, ctx) => rollCall(ctx, input),
  'meetings.start': (input, ctx) => startMeeting(ctx, input),
  'meetings.reorder': (input, ctx) => reorderAgenda(ctx, input),
  'meetings.orderByRecusal': (input, ctx) => orderByRecusal(ctx, input),
  'meetings.advance': (input, ctx) => advance(ctx, input),
  'meetings.declareRecusal': (input, ctx) => declareRecusal(ctx, input),
  'meetings.decide': (input, ctx) => decide(ctx, input),
  'meetings.setShowNames': (input, ctx) => setShowNames(ctx, input),
  'meetings.close': (input, ctx) => closeMeeting(ctx, input),
  'meetings.reopen': (input, ctx) => reopenMeeting(ctx, input),
  'meetings.decidedLevels': (input, ctx) => decidedLevels(ctx, input),
  'meetings.minutes': (input, ctx) => buildMinutes(ctx, input),
};

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
import { projectSimulation, simulateItem } from './simulate';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { ServiceContext } from '../context';

/** Each change is pushed to the pages (operator, projector) once its write has committed. */
function announced(ctx: ServiceContext, view: MeetingView): MeetingView {
  ctx.events.emit('meeting.changed', { meetingId: view.id });
  return view;
}

export const meetingsHandlers: HandlerGroup<typeof meetingsContract> = {
  'meetings.list': (input, ctx) => listMeetings(ctx, input),
  'meetings.get': (input, ctx) => getMeetingView(ctx, input),
  'meetings.create': (input, ctx) => announced(ctx, createMeeting(ctx, input)),
  'meetings.rollCall': (input, ctx) => announced(ctx, rollCall(ctx, input)),
  'meetings.start': (input, ctx) => announced(ctx, startMeeting(ctx, input)),
  'meetings.reorder': (input, ctx) => announced(ctx, reorderAgenda(ctx, input)),
  'meetings.orderByRecusal': (input, ctx) => announced(ctx, orderByRecusal(ctx, input)),
  'meetings.advance': (input, ctx) => announced(ctx, advance(ctx, input)),
  'meetings.declareRecusal': (input, ctx) => announced(ctx, declareRecusal(ctx, input)),
  'meetings.decide': (input, ctx) => announced(ctx, decide(ctx, input)),
  'meetings.setShowNames': (input, ctx) => announced(ctx, setShowNames(ctx, input)),
  'meetings.close': (input, ctx) => announced(ctx, closeMeeting(ctx, input)),
  'meetings.reopen': (input, ctx) => announced(ctx, reopenMeeting(ctx, input)),
  'meetings.simulate': (input, ctx) => simulateItem(ctx, input),
  'meetings.project': (input, ctx) => announced(ctx, projectSimulation(ctx, input)),
  'meetings.decidedLevels': (input, ctx) => decidedLevels(ctx, input),
  'meetings.minutes': (input, ctx) => buildMinutes(ctx, input),
};

import type { WorkingCalendar } from '../publication/calendar';

/** The county's working-day calendar and whether it is the shipped default (issue #14 point 4). */
export interface CalendarView {
  countyId: string;
  calendar: WorkingCalendar;
  shipped: boolean;
}

/** How people may raise an objection, and the rules printed on the notice. */
export interface NoticeChannels {
  phone: string;
  letter: string;
  visit: string;
  address: string;
  rules: string[];
}

export const DEFAULT_NOTICE_RULES = ['单位反映问题须加盖公章', '个人反映问题须署实名并留联系方式'];

export interface NoticeEntryView {
  seq: number;
  branchId: string;
  branchName: string;
  townshipName: string;
  proposedLevel: number;
  decisionId: string | null;
}

export interface NoticeView {
  id: string;
  roundId: string;
  version: number;
  title: string;
  startDay: string;
  endDay: string;
  workingDays: number;
  /** Days off inside the period (遇节假日顺延). */
  daysOff: number;
  /** The period falls in a year the calendar does not cover or has not verified. */
  calendarWarning: 'uncovered' | 'unverified' | null;
  channels: NoticeChannels;
  /** The frozen checkpoint the list comes from; null until freezing is merged (issue #14 point 2). */
  checkpointId: string | null;
  entries: NoticeEntryView[];
  createdBy: string;
  createdAt: string;
}

import type { WorkingCalendar } from '../publication/calendar';
import type { NamingAuthority, NamingLists } from '../publication/naming';
import type { ObjectionEffect, ObjectionState, ObjectionStep } from '../publication/objection';
import type { StarRuleProblem, StarRules } from '../publication/star-history';

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

export interface RegisterObjectionInput {
  noticeId: string;
  branchId: string;
  /** Local time 'YYYY-MM-DDTHH:mm'. */
  receivedAt: string;
  channel: 'phone' | 'letter' | 'visit' | 'email' | 'other';
  fromKind: 'unit' | 'person';
  fromName: string;
  realName: boolean;
  contact: string;
  content: string;
}

export interface ObjectionView {
  id: string;
  noticeId: string;
  branchId: string;
  receivedAt: string;
  channel: RegisterObjectionInput['channel'];
  fromKind: 'unit' | 'person';
  fromName: string;
  realName: boolean;
  contact: string;
  content: string;
  /** 逾期: received after the notice ended; registered all the same. */
  late: boolean;
  state: ObjectionState;
  next: readonly ObjectionStep['kind'][];
  effect: ObjectionEffect;
}

/** Who a naming on a given day would name, and who not with why (shown before naming). */
export interface NamingPlan {
  lists: NamingLists;
  /** Eligible by the notice but refused by the county's star rules (not named). */
  ruleHeld: { branchId: string; problems: StarRuleProblem[] }[];
  /** Named for the year, or sent up to the city, by an earlier naming: not listed twice. */
  alreadyNamed: string[];
}

export interface NamingResult extends NamingPlan {
  namingId: string;
}

/** A stored naming (命名) with the branches it named. */
export interface NamingView {
  id: string;
  noticeId: string;
  documentNumber: string;
  namedOn: string;
  createdBy: string;
  createdAt: string;
  named: NamedBranch[];
  /** Sent up for the city to name (报市级命名). */
  sentUp: NamedBranch[];
}

export interface NamedBranch {
  branchId: string;
  branchName: string;
  townshipName: string;
  level: number;
}

/** Which levels the county names (the rest go to the city) and its star rules. */
export interface NamingSettingsView {
  countyId: string;
  authority: NamingAuthority;
  starRules: StarRules;
  /** Nothing stored: both are the defaults. */
  defaults: boolean;
}

/** A file attached to an objection (the letter, a photo, the investigation's record). */
export interface ObjectionFileView {
  id: string;
  objectionId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

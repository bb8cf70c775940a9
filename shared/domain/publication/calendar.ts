/**
 * The working-day calendar for 公示 periods (issue #14 point 4), as data plus pure functions.
 * Dates are plain ISO days ('2025-09-29'); arithmetic is done in UTC so no time zone or
 * daylight-saving change moves a day.
 */

export interface HolidayRange {
  from: string;
  to: string;
  name: string;
}

export interface MakeUpWorkday {
  date: string;
  name: string;
}

export interface CalendarYear {
  year: number;
  /** false: entered without checking the official notice; the screen says so. */
  verified: boolean;
  holidays: HolidayRange[];
  /** Weekend days that are working days (调休上班). */
  workdays: MakeUpWorkday[];
}

export interface WorkingCalendar {
  years: CalendarYear[];
}

export const NOTICE_DAYS_MIN = 3;
export const NOTICE_DAYS_MAX = 7;
export const NOTICE_DAYS_DEFAULT = 5;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds at UTC midnight of an ISO day; throws on a malformed or impossible date. */
export function parseDay(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not a date: ${day}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (formatDay(t) !== day) throw new RangeError(`not a date: ${day}`);
  return t;
}

export function formatDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function nextDay(day: string, by = 1): string {
  return formatDay(parseDay(day) + by * DAY_MS);
}

function yearOf(calendar: WorkingCalendar, day: string): CalendarYear | undefined {
  const y = Number(day.slice(0, 4));
  return calendar.years.find((c) => c.year === y);
}

/** The holiday a day falls in, if any. */
export function holidayOn(calendar: WorkingCalendar, day: string): HolidayRange | undefined {
  return yearOf(calendar, day)?.holidays.find((h) => h.from <= day && day <= h.to);
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  const year = yearOf(calendar, day);
  if (year?.workdays.some((w) => w.date === day)) return true;
  if (year?.holidays.some((h) => h.from <= day && day <= h.to)) return false;
  const weekday = new Date(parseDay(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Whether the calendar covers the year of `day` (outside it only weekends count). */
export function coversDay(calendar: WorkingCalendar, day: string): boolean {
  return yearOf(calendar, day) !== undefined;
}

/** The first working day on or after `day`. */
export function firstWorkingDay(calendar: WorkingCalendar, day: string): string {
  let d = day;
  // A year has at most a few consecutive days off; 60 bounds a malformed calendar.
  for (let i = 0; i < 60; i++, d = nextDay(d)) if (isWorkingDay(calendar, d)) return d;
  throw new RangeError(`no working day within 60 days of ${day}`);
}

/** The working day `n` working days after `day` (n ≥ 0; n = 0 is the first working day on/after). */
export function addWorkingDays(day: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`bad number of working days: ${n}`);
  let d = firstWorkingDay(calendar, day);
  for (let left = n; left > 0; left--) d = firstWorkingDay(calendar, nextDay(d));
  return d;
}

export interface NoticePeriod {
  /** First day of the notice: the start, or the next working day when the start is a day off. */
  start: string;
  /** Last day of the notice (inclusive): the `days`-th working day. */
  end: string;
  days: number;
  /** Days off inside the period, for the notice text ("遇节假日顺延"). */
  daysOff: number;
  /** The period reaches a year the calendar does not cover: only weekends were skipped. */
  uncovered: boolean;
  /** The period falls in a year whose calendar is not verified. */
  unverified: boolean;
}

export function isNoticeDays(days: number): boolean {
  return Number.isInteger(days) && days >= NOTICE_DAYS_MIN && days <= NOTICE_DAYS_MAX;
}

/** A notice of `days` working days starting on `start`: both ends and what the period spans. */
export function noticePeriod(start: string, days: number, calendar: WorkingCalendar): NoticePeriod {
  if (!isNoticeDays(days)) throw new RangeError(`notice days out of range: ${days}`);
  const first = firstWorkingDay(calendar, start);
  const end = addWorkingDays(first, days - 1, calendar);
  const span = Math.round((parseDay(end) - parseDay(first)) / DAY_MS) + 1;
  const years = new Set([first.slice(0, 4), end.slice(0, 4)]);
  const inYears = calendar.years.filter((y) => years.has(String(y.year)));
  return {
    start: first,
    end,
    days,
    daysOff: span - days,
    uncovered: inYears.length < years.size,
    unverified: inYears.some((y) => !y.verified),
  };
}

/** Whether something received on `day` is after the notice ended (逾期: flagged, not refused). */
export function isLate(period: Pick<NoticePeriod, 'end'>, receivedDay: string): boolean {
  return receivedDay > period.end;
}

/** Problems in an edited calendar, each naming where; empty when it can be stored. */
export function calendarProblems(calendar: WorkingCalendar): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const y of calendar.years) {
    if (seen.has(y.year)) problems.push(`${y.year}: duplicate year`);
    seen.add(y.year);
    const check = (day: string, where: string): void => {
      try {
        parseDay(day);
        if (!day.startsWith(`${y.year}-`)) problems.push(`${where}: ${day} is not in ${y.year}`);
      } catch {
        problems.push(`${where}: ${day} is not a date`);
      }
    };
    y.holidays.forEach((h, i) => {
      check(h.from, `${y.year} holiday ${i + 1}`);
      check(h.to, `${y.year} holiday ${i + 1}`);
      if (h.to < h.from) problems.push(`${y.year} holiday ${i + 1}: ends before it starts`);
    });
    y.workdays.forEach((w, i) => check(w.date, `${y.year} workday ${i + 1}`));
  }
  return problems;
}

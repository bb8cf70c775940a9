import { describe, expect, it } from 'vitest';

import {
  addWorkingDays,
  calendarProblems,
  isLate,
  isWorkingDay,
  noticePeriod,
  type WorkingCalendar,
} from '../../../shared/domain/publication/calendar';
import { SHIPPED_CALENDAR } from '../../../shared/domain/publication/calendar-data';

const cal = SHIPPED_CALENDAR;

describe('working-day calendar', () => {
  it('a five-day notice starting 2025-09-29 skips the National Day holiday and ends on the make-up Saturday', () => {
    const p = noticePeriod('2025-09-29', 5, cal);
    // 9/29, 9/30, (10/1–8 off), 10/9, 10/10, 10/11 (Saturday, 调休上班)
    expect(p).toMatchObject({ start: '2025-09-29', end: '2025-10-11', days: 5, daysOff: 8 });
    expect(p.unverified).toBe(false);
  });

  it('counts make-up Sundays as working days and holidays on weekdays as days off', () => {
    expect(isWorkingDay(cal, '2025-09-28')).toBe(true); // Sunday, 调休
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false); // Wednesday, 国庆
    expect(isWorkingDay(cal, '2025-10-12')).toBe(false); // ordinary Sunday
    expect(isWorkingDay(cal, '2025-10-13')).toBe(true); // ordinary Monday
  });

  it('starts a notice that is put up on a day off on the next working day', () => {
    const p = noticePeriod('2025-05-01', 3, cal);
    expect(p.start).toBe('2025-05-06');
    expect(p.end).toBe('2025-05-08');
  });

  it('skips the Spring Festival and counts both make-up Saturdays/Sundays', () => {
    // 1/24 Fri, 1/26 Sun (调休), 1/27 Mon, then 1/28–2/4 off, 2/5 Wed
    expect(addWorkingDays('2025-01-24', 3, cal)).toBe('2025-02-05');
  });

  it('an ordinary week: five days from a Monday end on Friday', () => {
    expect(noticePeriod('2025-11-03', 5, cal)).toMatchObject({ end: '2025-11-07', daysOff: 0 });
  });

  it('accepts 3 to 7 days and refuses the rest', () => {
    expect(() => noticePeriod('2025-11-03', 2, cal)).toThrow(RangeError);
    expect(() => noticePeriod('2025-11-03', 8, cal)).toThrow(RangeError);
    expect(noticePeriod('2025-11-03', 7, cal).end).toBe('2025-11-11');
  });

  it('says when the period reaches a year the calendar does not cover or has not verified', () => {
    expect(noticePeriod('2027-03-01', 5, cal).uncovered).toBe(true);
    expect(noticePeriod('2026-03-02', 5, cal)).toMatchObject({
      uncovered: false,
      unverified: true,
    });
  });

  it('uses an edited calendar in place of the shipped one', () => {
    const edited: WorkingCalendar = {
      years: [
        {
          year: 2025,
          verified: true,
          holidays: [{ from: '2025-11-04', to: '2025-11-04', name: '县庆' }],
          workdays: [],
        },
      ],
    };
    expect(noticePeriod('2025-11-03', 5, edited).end).toBe('2025-11-10');
  });

  it('flags an objection received after the last day as late', () => {
    const p = noticePeriod('2025-09-29', 5, cal);
    expect(isLate(p, '2025-10-11')).toBe(false);
    expect(isLate(p, '2025-10-13')).toBe(true);
  });

  it('names where an edited calendar is wrong', () => {
    const bad: WorkingCalendar = {
      years: [
        {
          year: 2025,
          verified: true,
          holidays: [{ from: '2025-02-30', to: '2025-03-01', name: 'x' }],
          workdays: [{ date: '2024-12-28', name: 'y' }],
        },
        {
          year: 2025,
          verified: true,
          holidays: [{ from: '2025-05-05', to: '2025-05-01', name: 'z' }],
          workdays: [],
        },
      ],
    };
    expect(calendarProblems(bad)).toEqual([
      '2025 holiday 1: 2025-02-30 is not a date',
      '2025 workday 1: 2024-12-28 is not in 2025',
      '2025: duplicate year',
      '2025 holiday 1: ends before it starts',
    ]);
    expect(calendarProblems(SHIPPED_CALENDAR)).toEqual([]);
  });
});

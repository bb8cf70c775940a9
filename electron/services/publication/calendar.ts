import {
  calendarProblems,
  type WorkingCalendar,
} from '../../../shared/domain/publication/calendar';
import { SHIPPED_CALENDAR } from '../../../shared/domain/publication/calendar-data';
import type { CalendarView } from '../../../shared/domain/views/publication';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { deleteSetting, readSetting, writeSetting } from './queries';

/** The county's calendar: the one the user stored, else the shipped default. */
export function workingCalendar(ctx: ServiceContext, countyId: string): CalendarView {
  const stored = readSetting(ctx.db, countyId, 'calendar') as WorkingCalendar | undefined;
  return stored
    ? { countyId, calendar: stored, shipped: false }
    : { countyId, calendar: SHIPPED_CALENDAR, shipped: true };
}

/** Stores an edited calendar after checking every date; `null` goes back to the shipped one. */
export function setWorkingCalendar(
  ctx: ServiceContext,
  input: { countyId: string; calendar: WorkingCalendar | null },
): CalendarView {
  if (input.calendar !== null) {
    const problems = calendarProblems(input.calendar);
    if (problems.length > 0) {
      throw new AppError('INVALID_INPUT', `Calendar: ${problems.join('; ')}`, {
        entity: 'calendar',
        reason: 'calendarInvalid',
        where: problems[0] ?? '',
      });
    }
  }
  const calendar = input.calendar;
  write(ctx, (tx) => {
    if (calendar === null) deleteSetting(ctx.db, input.countyId, 'calendar');
    else
      writeSetting(ctx.db, {
        countyId: input.countyId,
        key: 'calendar',
        value: calendar,
        by: ctx.actor,
        at: ctx.now(),
      });
    tx.audit({
      action: 'update',
      entity: 'calendar',
      entityId: input.countyId,
      after: { shipped: calendar === null, years: calendar?.years.map((y) => y.year) ?? [] },
    });
  });
  return workingCalendar(ctx, input.countyId);
}

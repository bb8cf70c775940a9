import type { WorkingCalendar } from './calendar';

/**
 * The shipped working-day calendar (国务院办公厅 holiday notices). It is the DEFAULT only: the
 * user edits the calendar in settings, and a stored calendar replaces this one.
 *
 * 2025: the State Council notice for 2025, as given in the brief (verified).
 * 2026: entered from the State Council's notice for 2026 as remembered when this was written
 * (元旦 1/1–3, 春节 2/15–23, 清明 4/4–6, 劳动节 5/1–5, 端午 6/19–21, 中秋 9/25–27,
 * 国庆 10/1–7). UNCERTAIN: check it against the published notice before relying on it and fix it
 * in settings if it differs; `verified: false` marks it so the screen can say so.
 */
export const SHIPPED_CALENDAR: WorkingCalendar = {
  years: [
    {
      year: 2025,
      verified: true,
      holidays: [
        { from: '2025-01-01', to: '2025-01-01', name: '元旦' },
        { from: '2025-01-28', to: '2025-02-04', name: '春节' },
        { from: '2025-04-04', to: '2025-04-06', name: '清明节' },
        { from: '2025-05-01', to: '2025-05-05', name: '劳动节' },
        { from: '2025-05-31', to: '2025-06-02', name: '端午节' },
        { from: '2025-10-01', to: '2025-10-08', name: '国庆节、中秋节' },
      ],
      workdays: [
        { date: '2025-01-26', name: '春节调休' },
        { date: '2025-02-08', name: '春节调休' },
        { date: '2025-04-27', name: '劳动节调休' },
        { date: '2025-09-28', name: '国庆节调休' },
        { date: '2025-10-11', name: '国庆节调休' },
      ],
    },
    {
      year: 2026,
      verified: false,
      holidays: [
        { from: '2026-01-01', to: '2026-01-03', name: '元旦' },
        { from: '2026-02-15', to: '2026-02-23', name: '春节' },
        { from: '2026-04-04', to: '2026-04-06', name: '清明节' },
        { from: '2026-05-01', to: '2026-05-05', name: '劳动节' },
        { from: '2026-06-19', to: '2026-06-21', name: '端午节' },
        { from: '2026-09-25', to: '2026-09-27', name: '中秋节' },
        { from: '2026-10-01', to: '2026-10-07', name: '国庆节' },
      ],
      workdays: [
        { date: '2026-01-04', name: '元旦调休' },
        { date: '2026-02-14', name: '春节调休' },
        { date: '2026-02-28', name: '春节调休' },
        { date: '2026-05-09', name: '劳动节调休' },
        { date: '2026-09-20', name: '国庆节调休' },
        { date: '2026-10-10', name: '国庆节调休' },
      ],
    },
  ],
};

const two = (n: number) => String(n).padStart(2, '0');

/** Today as the user's calendar says ('YYYY-MM-DD'), not UTC's: notices run by local days. */
export function localDay(at: Date = new Date()): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** Now to the minute, local ('YYYY-MM-DDTHH:mm'), as `<input type="datetime-local">` wants. */
export function localMinute(at: Date = new Date()): string {
  return `${localDay(at)}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

export type NoticeState = 'upcoming' | 'running' | 'ended';

export function noticeState(period: { startDay: string; endDay: string }, today: string) {
  if (today < period.startDay) return 'upcoming';
  return today <= period.endDay ? 'running' : 'ended';
}

/**
 * What main pushes to the page without being asked: the contract's events. Electron sends them
 * with `webContents.send` on one channel and the preload hands them on; the web host streams
 * them as Server-Sent Events. The page subscribes with `window.xingping.events.subscribe(name, fn)`.
 */

/** The steps of a long job; each is shown with its own words in the progress line. */
export const JOB_PHASES = ['queued', 'read', 'parse', 'rows', 'check', 'build', 'write'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** How far a long job (an import being read, an export being built) has got. */
export interface JobProgress {
  jobId: string;
  phase: JobPhase;
  /** Units done of `total` in this phase; `total` null when the phase cannot say. */
  done: number;
  total: number | null;
}

/** A meeting changed (after the commit): the operator's screen and the projector re-read it. */
export interface MeetingChanged {
  meetingId: string;
}

export interface AppEvents {
  'job.progress': JobProgress;
  'meeting.changed': MeetingChanged;
}

export type AppEventName = keyof AppEvents;
export const EVENT_NAMES: readonly AppEventName[] = ['job.progress', 'meeting.changed'];

/** One event as it travels. */
export type AppEvent = { [K in AppEventName]: { name: K; data: AppEvents[K] } }[AppEventName];

export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { name, data } = value as { name?: unknown; data?: unknown };
  return (
    typeof name === 'string' &&
    (EVENT_NAMES as readonly string[]).includes(name) &&
    typeof data === 'object' &&
    data !== null
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/api/events';
import { call } from '../../api/client';

/**
 * One long job at a time (reading a chosen workbook, building an export): `start()` gives the
 * id to pass to the method and follows that job's progress events until `finish()`;
 * `cancel()` asks main to stop it (the call then fails with CANCELLED).
 */
export function useJob() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const stop = useRef<(() => void) | null>(null);

  const finish = useCallback(() => {
    stop.current?.();
    stop.current = null;
    setJobId(null);
    setProgress(null);
  }, []);

  const start = useCallback((): string => {
    stop.current?.();
    const id = crypto.randomUUID();
    // Subscribed before the call goes out, so no early event is missed.
    stop.current = window.xingping.events.subscribe('job.progress', (event) => {
      if (event.jobId === id) setProgress(event);
    });
    setJobId(id);
    setProgress(null);
    return id;
  }, []);

  const cancel = useCallback(() => {
    if (jobId) call('jobs.cancel', { jobId }).catch(() => undefined);
  }, [jobId]);

  useEffect(() => () => stop.current?.(), []);

  return { jobId, progress, running: jobId !== null, start, finish, cancel };
}

export type Job = ReturnType<typeof useJob>;

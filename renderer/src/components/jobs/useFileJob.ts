import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutgoingFile } from '../../../../shared/domain/views/files';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { translateError } from '../../i18n/translateError';
import { savedText } from '../files/saveOutcome';
import { isCancelled } from './isCancelled';
import { useJob } from './useJob';

/** What a signature says the file is, and the round whose results it shows. */
export interface SignRequest {
  what: string;
  roundId?: string | null;
}

export interface FileJobOptions {
  /** How a failure reads (a feature's own error words); the app's translation otherwise. */
  errorText?: (error: unknown) => string;
  /** Said when the file is saved and the host told nothing more specific. */
  doneText?: (file: OutgoingFile) => string;
  /** After the file is saved; not when the user closed the save dialog. */
  onSaved?: () => void;
}

/**
 * A file built by a job in main (an export, a template, the minutes) and then saved: the job's
 * progress and cancel (`useJob`), then Electron's save dialog or the browser's download, and one
 * message for each outcome — saved, cancelled (an info, not an error) or failed.
 */
export function useFileJob(options: FileJobOptions = {}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const job = useJob();
  const [busy, setBusy] = useState(false);
  const errorText = options.errorText ?? ((error: unknown) => translateError(t, error));

  /**
   * Builds with a fresh job id, then saves; resolves when everything is over. With `sign`, the
   * file is signed before it is saved and its `.xpsig` is saved next (a second save in Electron,
   * a second download in the browser), so the receiver can check it (验证文件).
   */
  const run = async (
    build: (jobId: string) => Promise<OutgoingFile>,
    sign?: SignRequest,
  ): Promise<void> => {
    setBusy(true);
    try {
      let file: OutgoingFile;
      try {
        file = await build(job.start());
      } finally {
        job.finish();
      }
      const signature = sign
        ? await call('verification.signOutgoing', {
            id: file.id,
            what: sign.what,
            ...(sign.roundId ? { roundId: sign.roundId } : {}),
          })
        : null;
      const outcome = await saveFile(file);
      if (!outcome.saved) return;
      if (signature) await saveFile(signature);
      const text = savedText(t, file, outcome) ?? options.doneText?.(file);
      if (text) void message.success(text);
      options.onSaved?.();
    } catch (error) {
      if (isCancelled(error)) void message.info(t('jobs.cancelled'));
      else void message.error(t('common.actionFailed', { reason: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, running: job.running, progress: job.progress, cancel: job.cancel };
}

export type FileJob = ReturnType<typeof useFileJob>;

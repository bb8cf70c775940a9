import { useState } from 'react';
import type { UploadProgress } from '../../../../shared/bridge';
import type { FileKind, PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import { toApiError } from '../../api/ApiError';
import { acceptFiles, pickFiles } from '../../api/files';

export interface FileIntakeOptions {
  kind: FileKind;
  multiple?: boolean;
  onFiles: (files: PickedFile[]) => void;
  onRefused: (refused: RefusedFile[]) => void;
  /** A new choice or drop begins (clear the last one's messages). */
  onStart?: () => void;
}

/**
 * Choosing or dropping files of one kind: hands held files on, refusals (too large, not a
 * file) separately, and says how far sending has got while the browser uploads.
 */
export function useFileIntake(options: FileIntakeOptions) {
  const { kind, multiple, onFiles, onRefused, onStart } = options;
  const [sending, setSending] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (
    take: (onProgress: (p: UploadProgress) => void) => Promise<{
      files: PickedFile[];
      refused: RefusedFile[];
    }>,
  ) => {
    setBusy(true);
    onStart?.();
    try {
      const outcome = await take(setSending);
      if (outcome.refused.length > 0) onRefused(outcome.refused);
      if (outcome.files.length > 0) onFiles(outcome.files);
    } catch (error) {
      const { code, message, details } = toApiError(error);
      onRefused([{ fileName: '', error: { code, message, ...(details ? { details } : {}) } }]);
    } finally {
      setSending(null);
      setBusy(false);
    }
  };

  return {
    busy,
    sending,
    choose: () => void run((onProgress) => pickFiles(kind, { multiple, onProgress })),
    drop: (files: File[]) =>
      void run((onProgress) => acceptFiles(multiple ? files : files.slice(0, 1), kind, onProgress)),
  };
}

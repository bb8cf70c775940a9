import type { ZipProblem } from './zip-guard';
import { MAX_MERGED_RANGES, MAX_UNZIPPED_BYTES } from './zip-guard';

export type WorkbookRefusal = {
  ok: false;
  code: ZipProblem;
  params: Record<string, string | number>;
};

/**
 * The zip guard's verdict as the error the user reads, with the limit it names. Apart from
 * `load.ts` so the readers that never build exceljs's model (`values.ts`) do not load exceljs.
 */
export function guardRefusal(code: ZipProblem): WorkbookRefusal {
  const params: Record<string, number> =
    code === 'zip-too-large'
      ? { limitMb: MAX_UNZIPPED_BYTES / 1024 / 1024 }
      : code === 'too-complex'
        ? { limit: MAX_MERGED_RANGES }
        : {};
  return { ok: false, code, params };
}

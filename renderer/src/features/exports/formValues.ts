import type { ExportOptions, ExportSheet } from '../../../../shared/domain/views/exports';

/** The dialog's form: the same options, with the deciding round as '' (a Select needs a value). */
export interface ExportFormValues {
  sheets: ExportSheet[];
  round: string;
  starColumns: ExportOptions['starColumns'];
  unitName: string;
  date: string;
  noticeFrom: string;
  noticeTo: string;
  objectionPhone: string;
  language: ExportOptions['language'];
}

export function toFormValues(options: ExportOptions): ExportFormValues {
  const { roundId, ...rest } = options;
  return { ...rest, round: roundId ?? '' };
}

export function toOptions(values: ExportFormValues): ExportOptions {
  const { round, ...rest } = values;
  return {
    ...rest,
    unitName: rest.unitName.trim(),
    objectionPhone: rest.objectionPhone.trim(),
    roundId: round === '' ? null : round,
  };
}

/** Options and results of the Excel exports for superiors (issue #5, part 3). */
import type { Language } from './preferences';

export const EXPORT_SHEETS = [
  'summary',
  'townships',
  'statistics',
  'notice',
  'decisions',
  'scoreSheets',
  'evaluators',
] as const;
export type ExportSheet = (typeof EXPORT_SHEETS)[number];

/** What the export dialog asks for; remembered per campaign. */
export interface ExportOptions {
  /** Which sheets go into the workbook (at least one). */
  sheets: ExportSheet[];
  /** The round the ranking comes from; null = the campaign's deciding round. */
  roundId: string | null;
  /** Star columns show ✓ for a star earned, or the star's score. */
  starColumns: 'check' | 'score';
  /** Issuing unit printed under the title and on the notice, e.g. 中共××县委组织部. */
  unitName: string;
  /** Date printed on the sheets (YYYY-MM-DD); empty = the day of the export. */
  date: string;
  /** Public notice period (YYYY-MM-DD); empty when not yet fixed. */
  noticeFrom: string;
  noticeTo: string;
  /** Phone number for objections printed on the notice. */
  objectionPhone: string;
  /**
   * The language of the workbook's titles, headers and notes: the campaign's, remembered with
   * the other options, so a county exporting for its superiors gets Chinese sheets whatever
   * language the person exporting reads.
   */
  language: Language;
}

/** The app itself: its preferences and where its data lives. */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Preferences {
  language: Language;
  /**
   * Who operates the app on this laptop: recorded on every audit entry, decision and export.
   * null until someone gives a name; nothing can be changed before that.
   */
  operatorName: string | null;
}

export interface AppInfo {
  version: string;
  /** Absolute path of the database file, shown so users know where their data lives. */
  dataFile: string;
  host: 'electron' | 'web' | 'cli' | 'test';
}

/**
 * Who "confirmed" the conflicts of interest that migration 0006 found among sheets that existed
 * before assignments did. Nobody did: the app shows these as taken over by the upgrade and in
 * need of review, never as a person's decision. The value is written by the SQL of
 * `electron/store/migrations/0006-backfill-assignments.sql`, so it must never change.
 */
export const BACKFILL_CONFIRMER = 'migration-0006';

/**
 * The shapes the core API returns, one file per capability under `views/`, re-exported here so
 * `shared/domain/views` stays the one import for them. Plain data only: they cross IPC and HTTP
 * as JSON. Capabilities added later are imported from their own `views/<area>.ts`.
 */
export * from './views/branch-registry';
export * from './views/campaigns';
export * from './views/files';
export * from './views/preferences';
export * from './views/ranking';
export * from './views/rubrics';
export * from './views/rounds';
export * from './views/sheets';

/**
 * Exchange between laptops (issue #16, docs/exchange.md): the change log's capture, packages
 * made and merged, and the conflicts they leave for a person to settle.
 */
export { installCapture } from './capture';
export { disputedItems, listConflicts, resolveConflict } from './conflicts';
export { listTownships } from './queries/places';
export { registerRestoreHooks } from './start';
export { importPackage, previewPackage, writePackage } from './worker-jobs';
export type { PackageJob } from './worker-jobs';

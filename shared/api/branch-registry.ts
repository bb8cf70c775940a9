import { z } from 'zod';
import type { CountyView, RegistryTree, TownshipNode } from '../domain/views/branch-registry';
import { id, method, noInput } from './method';
import { oneScope, scopeFields } from './scope';

/**
 * A unit name as typed: trimmed, 1–60 characters, no control or format characters (they hide in
 * pasted text and make two equal-looking names differ). The service also NFKC-normalises it.
 */
const unitName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u);

/** Why a change was made, kept in the audit log; optional but never unbounded. */
const reason = z.string().trim().max(500).optional();

const branchType = z.enum(['rural', 'community', 'other']);

/** 行政区划代码: 6 digits (county), or 9 / 12 for the statistical codes; '' clears it. */
const adminCode = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^\d{6}(\d{3}){0,2}$/),
]);
/** The department printed on exports, e.g. 中共青山县委组织部; '' clears it. */
const department = z
  .string()
  .trim()
  .max(100)
  .regex(/^[^\p{Cc}\p{Cf}]*$/u);

/** A registry input inside a campaign or in the county alone (shared/api/scope.ts). */
function scoped<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ ...shape, ...scopeFields }).refine(...oneScope);
}

export interface RegistryChange {
  id: string;
}

/** The branch registry: counties, townships, branches, campaign participation (issues #4, #11). */
export const branchRegistryContract = {
  'branchRegistry.tree': method(scoped({})).returns<RegistryTree>(),
  'branchRegistry.addTownship': method(
    scoped({ name: unitName, kind: z.enum(['township', 'subdistrict']), reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.renameTownship': method(
    z.strictObject({ townshipId: id, name: unitName, reason }),
  ).returns<RegistryChange>(),
  /** Only a township without branches that nothing else refers to (evaluators, plans). */
  'branchRegistry.deleteTownship': method(
    z.strictObject({ townshipId: id, reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.addBranch': method(
    scoped({ townshipId: id, name: unitName, branchType, reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.editBranch': method(
    z.strictObject({ branchId: id, name: unitName, branchType, reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.moveBranch': method(
    z.strictObject({ branchId: id, townshipId: id, reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.archiveBranch': method(
    z.strictObject({ branchId: id, reason }),
  ).returns<RegistryChange>(),
  /** Archives every listed branch, or none: one audit entry per branch. */
  'branchRegistry.archiveBranches': method(
    z.strictObject({ branchIds: z.array(id).min(1).max(2000), reason }),
  ).returns<{ changed: number }>(),
  'branchRegistry.restoreBranch': method(
    z.strictObject({ branchId: id, reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.deleteBranch': method(
    z.strictObject({ branchId: id, reason }),
  ).returns<RegistryChange>(),
  /** All listed branches join or leave the campaign, or none does. */
  'branchRegistry.setParticipation': method(
    z.strictObject({
      campaignId: id,
      branchIds: z.array(id).min(1).max(2000),
      takesPart: z.boolean(),
      reason,
    }),
  ).returns<{ changed: number }>(),
  /** Every county, real ones first; the demo's county is marked. */
  'counties.list': method(noInput).returns<CountyView[]>(),
  /** Sets up a county of one's own (first start, or another county in the same file). */
  'counties.create': method(
    z.strictObject({
      name: unitName,
      code: adminCode.optional(),
      department: department.optional(),
    }),
  ).returns<CountyView>(),
  /** Renames a county or changes its code or department; a field left out stays as it is. */
  'counties.update': method(
    z.strictObject({
      id,
      name: unitName.optional(),
      code: adminCode.optional(),
      department: department.optional(),
    }),
  ).returns<CountyView>(),
  'branches.tree': method(z.strictObject({ campaignId: id })).returns<TownshipNode[]>(),
} as const;

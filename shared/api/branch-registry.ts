import { z } from 'zod';
import type { CountyOption, RegistryTree, TownshipNode } from '../domain/views/branch-registry';
import { id, method, noInput } from './method';

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

export interface RegistryChange {
  id: string;
}

/** The branch registry: add, edit, move, archive, campaign participation (issue #4). */
export const branchRegistryContract = {
  'branchRegistry.tree': method(z.strictObject({ campaignId: id })).returns<RegistryTree>(),
  'branchRegistry.addTownship': method(
    z.strictObject({
      campaignId: id,
      name: unitName,
      kind: z.enum(['township', 'subdistrict']),
      reason,
    }),
  ).returns<RegistryChange>(),
  'branchRegistry.renameTownship': method(
    z.strictObject({ townshipId: id, name: unitName, reason }),
  ).returns<RegistryChange>(),
  'branchRegistry.addBranch': method(
    z.strictObject({ campaignId: id, townshipId: id, name: unitName, branchType, reason }),
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
  'units.counties': method(noInput).returns<CountyOption[]>(),
  'branches.tree': method(z.strictObject({ campaignId: id })).returns<TownshipNode[]>(),
} as const;

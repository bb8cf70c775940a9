import type { BranchNode, TownshipNode } from '../../../../shared/domain/views';
import type { ConfirmAction } from './ConfirmChangeModal';
import type { LocatedBranch } from './filterBranches';

/** The one registry dialog that is open, if any. */
export type RegistryDialog =
  | { kind: 'addTownship' }
  | { kind: 'renameTownship'; township: TownshipNode }
  | { kind: 'addBranch'; townshipId?: string | undefined }
  | { kind: 'editBranch'; branch: BranchNode }
  | { kind: 'moveBranch'; located: LocatedBranch }
  | { kind: 'confirm'; action: ConfirmAction; branch: BranchNode };

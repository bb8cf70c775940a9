import type { BranchNode, RegistryTownship, TownshipNode } from '../../../../shared/domain/views';
import type { BulkAction } from './BulkConfirmModal';
import type { ConfirmAction } from './ConfirmChangeModal';
import type { LocatedBranch } from './filterBranches';

/** The one registry dialog that is open, if any. */
export type RegistryDialog =
  | { kind: 'addTownship' }
  | { kind: 'renameTownship'; township: TownshipNode }
  | { kind: 'deleteTownship'; township: RegistryTownship }
  | { kind: 'addBranch'; townshipId?: string | undefined }
  | { kind: 'editBranch'; branch: BranchNode }
  | { kind: 'moveBranch'; located: LocatedBranch }
  | { kind: 'confirm'; action: ConfirmAction; branch: BranchNode }
  | { kind: 'bulk'; action: BulkAction; branches: BranchNode[] };

import type { RegistryTownship } from '../../../../shared/domain/views';
import { BranchFormModal } from './BranchFormModal';
import { BulkConfirmModal } from './BulkConfirmModal';
import { ConfirmChangeModal } from './ConfirmChangeModal';
import { DeleteTownshipModal } from './DeleteTownshipModal';
import { MoveBranchModal } from './MoveBranchModal';
import type { RegistryDialog } from './registryDialog';
import type { RegistryScope } from './registryScope';
import { scopeCampaignId } from './registryScope';
import { TownshipModal } from './TownshipModal';

export interface DialogResult {
  /** The tree key to select afterwards. */
  select?: string;
  /** The selected item is gone. */
  cleared?: boolean;
  /** A bulk action was carried out: its checked branches are done with. */
  bulkDone?: boolean;
}

export interface RegistryDialogsProps {
  scope: RegistryScope;
  townships: RegistryTownship[];
  dialog: RegistryDialog | undefined;
  onClose: (result?: DialogResult) => void;
}

export function RegistryDialogs({ scope, townships, dialog, onClose }: RegistryDialogsProps) {
  if (!dialog) return null;
  const selecting = (key?: string) => onClose(key ? { select: key } : undefined);
  switch (dialog.kind) {
    case 'addTownship':
      return <TownshipModal scope={scope} onClose={selecting} />;
    case 'renameTownship':
      return <TownshipModal scope={scope} township={dialog.township} onClose={selecting} />;
    case 'deleteTownship':
      return (
        <DeleteTownshipModal
          township={dialog.township}
          onClose={(done) => onClose(done ? { cleared: true } : undefined)}
        />
      );
    case 'addBranch':
      return (
        <BranchFormModal
          scope={scope}
          townships={townships}
          townshipId={dialog.townshipId}
          onClose={selecting}
        />
      );
    case 'editBranch':
      return (
        <BranchFormModal
          scope={scope}
          townships={townships}
          branch={dialog.branch}
          onClose={selecting}
        />
      );
    case 'moveBranch':
      return <MoveBranchModal located={dialog.located} townships={townships} onClose={selecting} />;
    case 'confirm':
      return (
        <ConfirmChangeModal
          campaignId={scopeCampaignId(scope)}
          action={dialog.action}
          branch={dialog.branch}
          // A deleted branch can no longer be shown; every other change keeps the selection.
          onClose={(done) =>
            onClose(done && dialog.action === 'delete' ? { cleared: true } : undefined)
          }
        />
      );
    case 'bulk':
      return (
        <BulkConfirmModal
          campaignId={scopeCampaignId(scope)}
          action={dialog.action}
          branches={dialog.branches}
          onClose={(done) => onClose(done ? { bulkDone: true } : undefined)}
        />
      );
  }
}

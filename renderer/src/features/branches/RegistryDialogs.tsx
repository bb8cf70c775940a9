import type { TownshipNode } from '../../../../shared/domain/views';
import { BranchFormModal } from './BranchFormModal';
import { ConfirmChangeModal } from './ConfirmChangeModal';
import { MoveBranchModal } from './MoveBranchModal';
import type { RegistryDialog } from './registryDialog';
import { TownshipModal } from './TownshipModal';

export interface RegistryDialogsProps {
  campaignId: string;
  townships: TownshipNode[];
  dialog: RegistryDialog | undefined;
  /** Closes the dialog; `select` is the tree key to select afterwards, `cleared` drops it. */
  onClose: (result?: { select?: string; cleared?: boolean }) => void;
}

export function RegistryDialogs({ campaignId, townships, dialog, onClose }: RegistryDialogsProps) {
  if (!dialog) return null;
  const selecting = (key?: string) => onClose(key ? { select: key } : undefined);
  switch (dialog.kind) {
    case 'addTownship':
      return <TownshipModal campaignId={campaignId} onClose={selecting} />;
    case 'renameTownship':
      return (
        <TownshipModal campaignId={campaignId} township={dialog.township} onClose={selecting} />
      );
    case 'addBranch':
      return (
        <BranchFormModal
          campaignId={campaignId}
          townships={townships}
          townshipId={dialog.townshipId}
          onClose={selecting}
        />
      );
    case 'editBranch':
      return (
        <BranchFormModal
          campaignId={campaignId}
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
          campaignId={campaignId}
          action={dialog.action}
          branch={dialog.branch}
          // A deleted branch can no longer be shown; every other change keeps the selection.
          onClose={(done) =>
            onClose(done && dialog.action === 'delete' ? { cleared: true } : undefined)
          }
        />
      );
  }
}

import { useState } from 'react';
import type { RubricVersionSummary, RubricView } from '../../../../shared/domain/views';
import { useAppInfo, useCampaigns } from '../../api/queries';
import { useRubricVersion, useRubricVersionList } from '../rubric/queries';
import { navigate } from '../../app/useRoute';
import { rubricEditHref } from '../../app/routes';
import { QueryView } from '../../components/QueryView';
import type { MoveOffer } from './MoveCampaignsModal';
import { MoveCampaignsModal } from './MoveCampaignsModal';
import { RubricEditor } from './RubricEditor';
import './rubricEditor.css';

export interface RubricEditorPageProps {
  rubricId: string;
}

/** `#/rubrics/<id>/edit`. Outlives the editor it shows, so the move offer survives the hop to the new version. */
export function RubricEditorPage({ rubricId }: RubricEditorPageProps) {
  const view = useRubricVersion(rubricId);
  const versions = useRubricVersionList();
  const campaigns = useCampaigns();
  const info = useAppInfo();
  const [offer, setOffer] = useState<MoveOffer | null>(null);

  const nextVersion = (current: RubricView) =>
    (versions.data ?? [])
      .filter((v) => v.lineageId === current.lineageId)
      .reduce((top, v) => Math.max(top, v.version), current.version) + 1;

  const usedBy = (versionId: string) =>
    (campaigns.data ?? []).filter((c) => c.rubricVersionId === versionId);

  const onSavedNewVersion = (from: RubricView, to: RubricVersionSummary) => {
    setOffer({ from, to, campaigns: usedBy(from.id) });
    navigate(rubricEditHref(to.id));
  };

  return (
    <>
      <QueryView query={view} rows={14}>
        {(current) => (
          <RubricEditor
            // A fresh editor (undo history, selection) per version.
            key={current.id}
            view={current}
            nextVersion={nextVersion(current)}
            campaignCount={usedBy(current.id).length || current.campaigns}
            // Electron cancels an unload silently unless main asks the user, so only the
            // browser, which shows its own prompt, is asked to hold the tab open.
            guardUnload={info.data?.host === 'web'}
            onSavedNewVersion={(saved) => onSavedNewVersion(current, saved)}
          />
        )}
      </QueryView>
      <MoveCampaignsModal offer={offer} onClose={() => setOffer(null)} />
    </>
  );
}

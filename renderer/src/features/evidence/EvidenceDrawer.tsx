import { Alert, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileView } from '../../../../shared/domain/views/evidence';
import { ErrorResult } from '../../components/ErrorResult';
import { EvidencePreview } from './EvidencePreview';
import { EvidenceTable } from './EvidenceTable';
import { EvidenceUpload } from './EvidenceUpload';
import { useEvidenceList } from './evidenceApi';
import type { EvidenceSheet } from './activeSheet';
import { RemoveEvidenceModal } from './RemoveEvidenceModal';
import './evidence.css';

export interface EvidenceDrawerProps {
  sheet: EvidenceSheet;
  /** null: the whole sheet, listing every file of the sheet. */
  itemCode: string | null;
  title: string;
  open: boolean;
  onClose: () => void;
}

/** The files of one item (or of the whole sheet): upload, view, download, remove with a reason. */
export function EvidenceDrawer({ sheet, itemCode, title, open, onClose }: EvidenceDrawerProps) {
  const { t } = useTranslation();
  const list = useEvidenceList(open ? sheet.sheetId : null);
  const [viewing, setViewing] = useState<EvidenceFileView | null>(null);
  const [removing, setRemoving] = useState<EvidenceFileView | null>(null);
  const files = (list.data ?? []).filter((f) => itemCode === null || f.itemCode === itemCode);
  return (
    <Drawer title={title} open={open} onClose={onClose} size={960} data-testid="evidence-drawer">
      {sheet.locked && (
        <Alert
          type="info"
          showIcon
          title={t('evidence.lockedHint')}
          className="xp-evidence-alert"
        />
      )}
      <EvidenceUpload sheetId={sheet.sheetId} itemCode={itemCode} disabled={sheet.locked} />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <EvidenceTable
          files={files}
          showTarget={itemCode === null}
          locked={sheet.locked}
          loading={list.isPending}
          onView={setViewing}
          onRemove={setRemoving}
        />
      )}
      <EvidencePreview file={viewing} onClose={() => setViewing(null)} />
      <RemoveEvidenceModal file={removing} onClose={() => setRemoving(null)} />
    </Drawer>
  );
}

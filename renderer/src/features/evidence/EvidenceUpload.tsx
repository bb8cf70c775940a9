import { Alert, App, Progress, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import { refusedText } from '../../components/files/refusedText';
import { EvidenceDropZone } from './EvidenceDropZone';
import { useAddEvidence } from './evidenceApi';
import { translateEvidenceError } from './evidenceErrors';

export interface EvidenceUploadProps {
  sheetId: string;
  itemCode: string | null;
  disabled: boolean;
}

interface Storing {
  name: string;
  done: number;
  total: number;
}

/**
 * Stores the chosen files one after another. Each refusal names its file and stays on
 * screen until the next choice; the files that were accepted are kept.
 */
export function EvidenceUpload({ sheetId, itemCode, disabled }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddEvidence(sheetId);
  const [storing, setStoring] = useState<Storing | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const store = async (files: PickedFile[]) => {
    const found: string[] = [];
    let added = 0;
    for (const [index, file] of files.entries()) {
      setStoring({ name: file.fileName, done: index, total: files.length });
      try {
        await add.mutateAsync({ sheetId, itemCode, fileId: file.id });
        added += 1;
      } catch (caught) {
        found.push(translateEvidenceError(t, caught));
      }
    }
    setStoring(null);
    setProblems((earlier) => [...earlier, ...found]);
    if (added > 0) void message.success(t('evidence.added', { count: added }));
  };

  const onRefused = (refused: RefusedFile[]) =>
    setProblems((earlier) => [...earlier, ...refused.map((file) => refusedText(t, file))]);

  return (
    <Space orientation="vertical" className="xp-evidence-upload">
      <EvidenceDropZone
        disabled={disabled}
        busy={storing !== null}
        onFiles={(files) => void store(files)}
        onRefused={onRefused}
        onStart={() => setProblems([])}
      />
      {storing && (
        <div data-testid="evidence-progress">
          {/* One call per file: the bar counts files, so it is shown only for several. */}
          {storing.total > 1 ? (
            <Progress percent={Math.round((storing.done / storing.total) * 100)} status="active" />
          ) : (
            <Spin size="small" className="xp-evidence-spin" />
          )}
          {t('evidence.uploading', {
            name: storing.name,
            n: storing.done + 1,
            total: storing.total,
          })}
        </div>
      )}
      {problems.map((text, index) => (
        <Alert
          key={`${index}-${text}`}
          type="error"
          showIcon
          closable
          title={text}
          data-testid="evidence-problem"
          onClose={() => setProblems((list) => list.filter((_, i) => i !== index))}
        />
      ))}
    </Space>
  );
}

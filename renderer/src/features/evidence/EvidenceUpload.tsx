import { Alert, App, Progress, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/domain/views/evidence';
import { readFileBase64 } from '../rubric-library/fileData';
import { EvidenceDropZone } from './EvidenceDropZone';
import { useAddEvidence } from './evidenceApi';
import { translateEvidenceError } from './evidenceErrors';
import { formatBytes } from './formatBytes';

export interface EvidenceUploadProps {
  sheetId: string;
  itemCode: string | null;
  disabled: boolean;
}

interface Uploading {
  name: string;
  done: number;
  total: number;
}

/**
 * Uploads the chosen files one after another. Each refusal names its file and stays on
 * screen until the next upload; the files that were accepted are kept.
 */
export function EvidenceUpload({ sheetId, itemCode, disabled }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddEvidence(sheetId);
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const upload = async (files: File[]) => {
    const found: string[] = [];
    setProblems([]);
    let added = 0;
    for (const [index, file] of files.entries()) {
      setUploading({ name: file.name, done: index, total: files.length });
      // Checked here too, so a big file is not read and sent only to be refused.
      if (file.size > EVIDENCE_MAX_BYTES) {
        found.push(
          t('evidence.errors.too-large', {
            fileName: file.name,
            size: formatBytes(file.size),
            limit: formatBytes(EVIDENCE_MAX_BYTES),
          }),
        );
        continue;
      }
      try {
        const contentBase64 = await readFileBase64(file);
        await add.mutateAsync({ sheetId, itemCode, file: { fileName: file.name, contentBase64 } });
        added += 1;
      } catch (caught) {
        found.push(translateEvidenceError(t, caught));
      }
    }
    setUploading(null);
    setProblems(found);
    if (added > 0) void message.success(t('evidence.added', { count: added }));
  };

  return (
    <Space orientation="vertical" className="xp-evidence-upload">
      <EvidenceDropZone disabled={disabled || uploading !== null} onFiles={(f) => void upload(f)} />
      {uploading && (
        <div data-testid="evidence-progress">
          {/* One request per file: the bar counts files, so it is shown only for several. */}
          {uploading.total > 1 ? (
            <Progress
              percent={Math.round((uploading.done / uploading.total) * 100)}
              status="active"
            />
          ) : (
            <Spin size="small" className="xp-evidence-spin" />
          )}
          {t('evidence.uploading', {
            name: uploading.name,
            n: uploading.done + 1,
            total: uploading.total,
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

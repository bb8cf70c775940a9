import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/domain/views/evidence';
import { formatBytes } from './formatBytes';

/** What the file picker offers; dropped files of other types reach the server's check anyway. */
const ACCEPT = '.png,.jpg,.jpeg,.gif,.webp,.pdf,.docx,.xlsx,.txt';

export interface EvidenceDropZoneProps {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/** Drop files here or pick them; the files are read in the page and sent through the API. */
export function EvidenceDropZone({ disabled, onFiles }: EvidenceDropZoneProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(files);
  };

  return (
    <div
      className={over && !disabled ? 'xp-evidence-drop xp-evidence-drop-over' : 'xp-evidence-drop'}
      data-testid="evidence-dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Button
        type="primary"
        icon={<PaperClipOutlined />}
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
        data-testid="evidence-choose"
      >
        {t('evidence.choose')}
      </Button>
      <Typography.Text type="secondary">{t('evidence.dropHint')}</Typography.Text>
      <Typography.Text type="secondary" className="xp-evidence-note">
        {t('evidence.limits', { limit: formatBytes(EVIDENCE_MAX_BYTES) })}
      </Typography.Text>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        disabled={disabled}
        data-testid="evidence-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again fires again (and gets its duplicate message).
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}

import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/domain/views/evidence';
import type { PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import { SendingLine } from '../../components/files/SendingLine';
import { useFileIntake } from '../../components/files/useFileIntake';
import { formatBytes } from './formatBytes';

export interface EvidenceDropZoneProps {
  /** The sheet is locked: nothing can be added. */
  disabled: boolean;
  /** Files are being stored: choosing waits (the button keeps focus, for the keyboard). */
  busy: boolean;
  onFiles: (files: PickedFile[]) => void;
  onRefused: (refused: RefusedFile[]) => void;
  onStart: () => void;
}

/** Drop files here or choose them; main holds them until each is stored as evidence. */
export function EvidenceDropZone(props: EvidenceDropZoneProps) {
  const { disabled, busy, onFiles, onRefused, onStart } = props;
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const intake = useFileIntake({ kind: 'evidence', multiple: true, onFiles, onRefused, onStart });
  const off = disabled || busy || intake.busy;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !off) intake.drop(files);
  };

  return (
    <div
      className={over && !off ? 'xp-evidence-drop xp-evidence-drop-over' : 'xp-evidence-drop'}
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
        loading={busy || intake.busy}
        onClick={() => {
          if (!off) intake.choose();
        }}
        data-testid="evidence-choose"
      >
        {t('evidence.choose')}
      </Button>
      <Typography.Text type="secondary">{t('evidence.dropHint')}</Typography.Text>
      <Typography.Text type="secondary" className="xp-evidence-note">
        {t('evidence.limits', { limit: formatBytes(EVIDENCE_MAX_BYTES) })}
      </Typography.Text>
      {intake.sending && <SendingLine sending={intake.sending} />}
    </div>
  );
}

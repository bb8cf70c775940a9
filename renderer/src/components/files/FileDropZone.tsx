import { InboxOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { DragEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind, PickedFile, RefusedFile } from '../../../../shared/domain/views/files';
import { SendingLine } from './SendingLine';
import { useFileIntake } from './useFileIntake';
import './files.css';

export interface FileDropZoneProps {
  kind: FileKind;
  /** The line above the button and the note under it. */
  hint: ReactNode;
  note: ReactNode;
  disabled?: boolean;
  onFile: (file: PickedFile) => void;
  onRefused: (refused: RefusedFile[]) => void;
}

/**
 * Drop a file here or choose one. Choosing opens the host's own dialog (Electron's native
 * one, the browser's file chooser); either way main holds the file and the page gets its id.
 */
export function FileDropZone({ kind, hint, note, disabled, onFile, onRefused }: FileDropZoneProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const intake = useFileIntake({
    kind,
    onFiles: (files) => {
      const [first] = files;
      if (first) onFile(first);
    },
    onRefused,
  });
  const off = disabled || intake.busy;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !off) intake.drop(files);
  };

  return (
    <div
      className={over ? 'xp-dropzone xp-dropzone-over' : 'xp-dropzone'}
      data-testid="file-dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <InboxOutlined className="xp-dropzone-icon" />
      <Typography.Paragraph>{hint}</Typography.Paragraph>
      <Button
        type="primary"
        disabled={disabled}
        loading={intake.busy}
        onClick={() => {
          // Not disabled while busy: a disabled button drops the keyboard focus.
          if (!off) intake.choose();
        }}
        data-testid="file-choose"
      >
        {t('files.choose')}
      </Button>
      {intake.sending && <SendingLine sending={intake.sending} />}
      <Typography.Paragraph type="secondary" className="xp-dropzone-note">
        {note}
      </Typography.Paragraph>
    </div>
  );
}

import { InboxOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { DragEvent, ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FileDropZoneProps {
  accept: string;
  /** The line above the button and the note under it; the rubric import's texts by default. */
  hint?: ReactNode;
  note?: ReactNode;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/**
 * Drop a file here or pick one. A hidden file input does the picking: it behaves the same in
 * Electron and the browser, and no upload happens (the file is read in the page).
 */
export function FileDropZone({ accept, hint, note, disabled, onFile }: FileDropZoneProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={over ? 'xp-dropzone xp-dropzone-over' : 'xp-dropzone'}
      data-testid="rubric-dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <InboxOutlined className="xp-dropzone-icon" />
      <Typography.Paragraph>{hint ?? t('rubricLibrary.dropHint')}</Typography.Paragraph>
      <Button type="primary" disabled={disabled} onClick={() => inputRef.current?.click()}>
        {t('rubricLibrary.chooseFile')}
      </Button>
      <Typography.Paragraph type="secondary" className="xp-dropzone-note">
        {note ?? t('rubricLibrary.fileTypes')}
      </Typography.Paragraph>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        hidden
        data-testid="rubric-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) fires again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

import { App, Button, Input, Modal, Popconfirm } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/ApiError';
import { reopenSheet, submitSheet } from './queries';
import { translateError } from '../../i18n/translateError';
import { EvidenceButton } from '../evidence/EvidenceButton';
import type { SheetEditor } from './useSheetEditor';

export interface SheetActionsProps {
  editor: SheetEditor;
  /** Called with the first missing item when a submit is refused as incomplete. */
  onMissing: (code: string) => void;
}

/** Save now, submit (locks) and reopen (needs a reason, audited). */
export function SheetActions({ editor, onMissing }: SheetActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const { sheet } = editor;
  const locked = sheet.status === 'submitted';
  const evidenceSheet = useMemo(() => ({ sheetId: sheet.id, locked }), [sheet.id, locked]);

  const submit = async () => {
    setBusy(true);
    try {
      await editor.flushAll();
      // Not `sheet.version`: the flush above may have saved, and this render predates it.
      const view = await submitSheet({
        sheetId: sheet.id,
        expectedVersion: editor.current().version,
      });
      editor.replaceSheet(view);
      void message.success(t('scoring.submitted'));
    } catch (caught) {
      const error = toApiError(caught);
      void message.error(translateError(t, error));
      const path = error.details?.path;
      if (error.code === 'INCOMPLETE' && typeof path === 'string') onMissing(path);
    } finally {
      setBusy(false);
    }
  };

  const reopen = async () => {
    setBusy(true);
    try {
      const view = await reopenSheet({
        sheetId: sheet.id,
        expectedVersion: sheet.version,
        reason: reason.trim(),
      });
      editor.replaceSheet(view);
      setReopening(false);
      setReason('');
      void message.success(t('scoring.reopened'));
    } catch (caught) {
      const error = toApiError(caught);
      void message.error(translateError(t, error));
    } finally {
      setBusy(false);
    }
  };

  if (sheet.status === 'submitted') {
    return (
      <>
        <EvidenceButton sheet={evidenceSheet} itemCode={null} />
        <Button onClick={() => setReopening(true)} data-testid="reopen">
          {t('scoring.reopen')}
        </Button>
        <Modal
          open={reopening}
          title={t('scoring.reopenTitle')}
          okText={t('scoring.reopen')}
          cancelText={t('common.cancel')}
          okButtonProps={{ disabled: reason.trim().length < 2, loading: busy }}
          onOk={() => void reopen()}
          onCancel={() => setReopening(false)}
        >
          <Input.TextArea
            value={reason}
            rows={3}
            placeholder={t('scoring.reopenReason')}
            aria-label={t('scoring.reopenReason')}
            data-testid="reopen-reason"
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      </>
    );
  }
  return (
    <>
      <EvidenceButton sheet={evidenceSheet} itemCode={null} />
      <Button onClick={() => void editor.flush()} data-testid="save-now">
        {t('scoring.saveNow')}
      </Button>
      <Popconfirm
        title={t('scoring.submitConfirm')}
        okText={t('scoring.submit')}
        cancelText={t('common.cancel')}
        onConfirm={() => void submit()}
      >
        <Button type="primary" loading={busy} data-testid="submit">
          {t('scoring.submit')}
        </Button>
      </Popconfirm>
    </>
  );
}

import { Alert, App, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkSheet, BulkSubmitPreview } from '../../../../shared/domain/views/sheets';
import { toApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { translateError } from '../../i18n/translateError';
import './bulkSubmit.css';

export interface BulkSubmitModalProps {
  preview: BulkSubmitPreview;
  onClose: () => void;
  onSubmitted: (count: number) => void;
}

function useSheetLabel() {
  const { t } = useTranslation();
  return (sheet: BulkSheet) =>
    t('bulkSubmit.sheet', {
      township: sheet.townshipName,
      branch: sheet.branchName,
      who: sheet.evaluatorName ?? t('bulkSubmit.self'),
    });
}

/** What is still missing on a draft: nothing entered yet, or the first items by name. */
function MissingText({ sheet }: { sheet: BulkSheet }) {
  const { t, i18n } = useTranslation();
  if (sheet.entered === 0) return <>{t('bulkSubmit.nothingEntered')}</>;
  const named = sheet.missing
    .map((m) => `${m.code} ${i18n.language.startsWith('en') ? m.nameEn : m.name}`)
    .join(t('reasons.listSeparator'));
  const more = sheet.missingCount - sheet.missing.length;
  return (
    <>
      {t('bulkSubmit.missing', { count: sheet.missingCount, items: named })}
      {more > 0 && t('bulkSubmit.more', { count: more })}
    </>
  );
}

/**
 * The one confirmation: the complete drafts that will be locked, and the incomplete ones that
 * stay drafts with what each still misses. Submitting sends the versions the preview showed, so
 * a sheet changed since is not locked unseen (nothing is, and the user previews again).
 */
export function BulkSubmitModal({ preview, onClose, onSubmitted }: BulkSubmitModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useSheetLabel();
  const [busy, setBusy] = useState(false);
  const { ready, incomplete } = preview;

  const submit = async () => {
    setBusy(true);
    try {
      const result = await call('sheets.submitBulk', {
        roundId: preview.roundId,
        sheets: ready.map((s) => ({ sheetId: s.sheetId, expectedVersion: s.version })),
      });
      void message.success(t('bulkSubmit.done', { count: result.submitted }));
      onSubmitted(result.submitted);
    } catch (caught) {
      const error = toApiError(caught);
      const branch = error.details?.branch;
      void message.error(
        (error.code === 'CONFLICT' || error.code === 'INCOMPLETE') && typeof branch === 'string'
          ? t('bulkSubmit.changed', { branch })
          : t('common.actionFailed', { reason: translateError(t, error) }),
      );
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('bulkSubmit.title', { round: preview.roundName })}
      okText={t('bulkSubmit.ok', { count: ready.length })}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: ready.length === 0, loading: busy, danger: false }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <div data-testid="bulk-submit-modal">
        {ready.length === 0 ? (
          <Alert type="info" showIcon message={t('bulkSubmit.noneReady')} />
        ) : (
          <Alert
            type="warning"
            showIcon
            message={t('bulkSubmit.lockWarning', { count: ready.length })}
          />
        )}
        {ready.length > 0 && (
          <section className="xp-bulk-section">
            <Typography.Title level={5}>
              {t('bulkSubmit.readyTitle', { count: ready.length })}
            </Typography.Title>
            <List
              size="small"
              bordered
              className="xp-bulk-list"
              dataSource={ready}
              data-testid="bulk-ready"
              renderItem={(sheet) => <List.Item>{label(sheet)}</List.Item>}
            />
          </section>
        )}
        {incomplete.length > 0 && (
          <section className="xp-bulk-section">
            <Typography.Title level={5}>
              {t('bulkSubmit.incompleteTitle', { count: incomplete.length })}
            </Typography.Title>
            <List
              size="small"
              bordered
              className="xp-bulk-list"
              dataSource={incomplete}
              data-testid="bulk-incomplete"
              renderItem={(sheet) => (
                <List.Item>
                  <div>
                    <div>{label(sheet)}</div>
                    <Typography.Text type="secondary">
                      <MissingText sheet={sheet} />
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </section>
        )}
      </div>
    </Modal>
  );
}

import { CheckSquareOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkSubmitPreview } from '../../../../shared/domain/views/sheets';
import { call } from '../../api/client';
import { translateError } from '../../i18n/translateError';
import { BulkSubmitModal } from './BulkSubmitModal';

export interface BulkSubmitButtonProps {
  roundId: string;
  /** undefined: every evaluator; null: the self-assessments. */
  evaluatorId?: string | null | undefined;
  townshipId?: string | undefined;
  /** Runs first (a screen sends what is still being typed). */
  beforePreview?: () => Promise<void>;
  /** After sheets were submitted (the screen reloads what it shows). */
  onSubmitted: (count: number) => void;
}

/**
 * 批量提交: previews every draft of an evaluator and/or township in a round, then submits the
 * complete ones after ONE confirmation that lists what will be locked and what is still
 * incomplete, and why.
 */
export function BulkSubmitButton(props: BulkSubmitButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<BulkSubmitPreview | null>(null);
  const [loading, setLoading] = useState(false);

  const open = async () => {
    setLoading(true);
    try {
      await props.beforePreview?.();
      setPreview(
        await call('sheets.previewBulk', {
          roundId: props.roundId,
          ...(props.evaluatorId === undefined ? {} : { evaluatorId: props.evaluatorId }),
          ...(props.townshipId ? { townshipId: props.townshipId } : {}),
        }),
      );
    } catch (error) {
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button
        icon={<CheckSquareOutlined />}
        loading={loading}
        onClick={() => void open()}
        data-testid="bulk-submit"
      >
        {t('bulkSubmit.button')}
      </Button>
      {preview && (
        <BulkSubmitModal
          preview={preview}
          onClose={() => setPreview(null)}
          onSubmitted={(count) => {
            setPreview(null);
            props.onSubmitted(count);
          }}
        />
      )}
    </>
  );
}

import { Input, Tag, Tooltip, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryValue } from '../../../../shared/domain/entry';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { ItemDraft } from './drafts';
import type { ServerProblem } from './drafts';
import { formatValue, localName, problemOf, problemText } from './drafts';
import type { EvidenceSheet } from '../evidence/activeSheet';
import { EvidenceButton } from '../evidence/EvidenceButton';
import { ItemInput } from './ItemInput';

export interface ItemRowProps {
  item: RubricItem;
  /** The sheet the item's evidence files belong to. */
  evidenceSheet: EvidenceSheet;
  draft: ItemDraft | undefined;
  serverProblem: ServerProblem | undefined;
  leftover: ItemDraft | undefined;
  disabled: boolean;
  /** Two laptops changed this item apart (exchange): the value shown is provisional, 待裁定. */
  disputed: boolean;
  onEdit: (code: string, draft: ItemDraft) => void;
  onCommit: () => void;
}

/** One scoring point: what it asks, the input for its type, the refusal if any, a remark. */
export const ItemRow = memo(function ItemRow({
  item,
  evidenceSheet,
  draft,
  serverProblem,
  leftover,
  disabled,
  disputed,
  onEdit,
  onCommit,
}: ItemRowProps) {
  const { t, i18n } = useTranslation();
  const value = draft?.value ?? null;
  const remark = draft?.remark ?? '';
  const problem = problemOf(item, value);
  const message = problem
    ? problemText(t, item, i18n.language, problem)
    : serverProblem
      ? problemText(t, item, i18n.language, serverProblem)
      : null;
  const setValue = (next: EntryValue | null) => onEdit(item.code, { value: next, remark });
  return (
    <div className="xp-score-item" data-item-row={item.code} data-testid={`item-${item.code}`}>
      <div className="xp-score-item-head">
        <Typography.Text code>{item.code}</Typography.Text>{' '}
        <Typography.Text strong>{localName(item, i18n.language)}</Typography.Text>{' '}
        <Tag>{t(`scoring.type.${item.type}`)}</Tag>
        {disputed && (
          <Tooltip title={t('scoring.disputedHint')}>
            <Tag color="orange" data-testid="item-disputed">
              {t('scoring.disputed')}
            </Tag>
          </Tooltip>
        )}
        {item.max > 0 && (
          <Typography.Text type="secondary">
            {t('scoring.maxPoints', { max: formatCenti(item.max) })}
          </Typography.Text>
        )}
        <EvidenceButton
          sheet={evidenceSheet}
          itemCode={item.code}
          itemName={localName(item, i18n.language)}
        />
        {item.guidance && (
          <Typography.Paragraph type="secondary" className="xp-score-guidance">
            {item.guidance}
          </Typography.Paragraph>
        )}
      </div>
      <div className="xp-score-item-input">
        <div data-primary={item.code}>
          <ItemInput
            item={item}
            value={value}
            disabled={disabled}
            invalid={message !== null}
            onChange={setValue}
            onCommit={onCommit}
          />
        </div>
        {message && (
          <Typography.Text type="danger" role="alert" data-testid={`problem-${item.code}`}>
            {message}
          </Typography.Text>
        )}
        {leftover && (
          <Typography.Text type="warning" data-testid={`leftover-${item.code}`}>
            {t('scoring.leftover', { value: formatValue(t, leftover.value) })}
          </Typography.Text>
        )}
      </div>
      <Input
        className="xp-score-remark"
        size="small"
        disabled={disabled}
        value={remark}
        placeholder={t('scoring.itemRemark')}
        aria-label={t('scoring.itemRemarkAria', { code: item.code })}
        onChange={(e) => onEdit(item.code, { value, remark: e.target.value })}
        onBlur={onCommit}
      />
    </div>
  );
});

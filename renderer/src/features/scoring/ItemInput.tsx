import { Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntryValue } from '../../../../shared/domain/entry';
import { resolveEntry, isEntryProblem } from '../../../../shared/domain/entry';
import { formatCenti, toCenti } from '../../../../shared/domain/points';
import type { RubricItem } from '../../../../shared/domain/rubric';

export interface ItemInputProps {
  item: RubricItem;
  value: EntryValue | null;
  disabled: boolean;
  invalid: boolean;
  onChange: (value: EntryValue | null) => void;
  onCommit: () => void;
}

function centiOrNull(v: number | null): number | null {
  return v === null ? null : Number(formatCenti(v));
}

/** The right control for the item's type; values are entries in hundredths, shown in points. */
export function ItemInput({ item, value, disabled, invalid, onChange, onCommit }: ItemInputProps) {
  const { t, i18n } = useTranslation();
  const status = invalid ? 'error' : undefined;
  const common = { disabled, onBlur: onCommit, 'aria-label': item.name } as const;
  switch (item.type) {
    case 'points':
    case 'bonus': {
      const points = value && 'points' in value ? value.points : null;
      return (
        <InputNumber
          {...common}
          status={status}
          className="xp-score-number"
          value={centiOrNull(points)}
          step={Number(formatCenti(item.step ?? 1))}
          min={0}
          suffix={t('scoring.ofMax', { max: formatCenti(item.max) })}
          onChange={(v) => onChange(typeof v === 'number' ? { points: toCenti(v) } : null)}
        />
      );
    }
    case 'deduction': {
      const findings = value && 'findings' in value ? value.findings : null;
      const resolved = value ? resolveEntry(item, value) : null;
      return (
        <Space>
          <InputNumber
            {...common}
            status={status}
            className="xp-score-number"
            value={findings}
            min={0}
            precision={0}
            suffix={t('scoring.findingsUnit')}
            onChange={(v) => onChange(typeof v === 'number' ? { findings: v } : null)}
          />
          <Typography.Text type="secondary">
            {resolved && !isEntryProblem(resolved)
              ? t('scoring.resultPoints', { points: formatCenti(resolved.points) })
              : t('scoring.perFinding', { points: formatCenti(item.perFinding ?? item.max) })}
          </Typography.Text>
        </Space>
      );
    }
    case 'choice':
      return (
        <Radio.Group
          disabled={disabled}
          value={value && 'option' in value ? value.option : undefined}
          onChange={(e) => onChange({ option: String(e.target.value) })}
          options={(item.options ?? []).map((o) => ({
            value: o.key,
            label: t('scoring.optionLabel', {
              label: i18n.language.startsWith('en') && o.labelEn ? o.labelEn : o.label,
              points: formatCenti(o.points),
            }),
          }))}
        />
      );
    case 'check':
      return <MetInput {...{ value, disabled, onChange }} />;
    case 'veto': {
      const raised = value && 'triggered' in value ? value.triggered : undefined;
      const reason = value && 'triggered' in value ? (value.reason ?? '') : '';
      return (
        <Space direction="vertical" className="xp-score-veto">
          <Radio.Group
            disabled={disabled}
            value={raised}
            onChange={(e) =>
              onChange(e.target.value === true ? { triggered: true, reason } : { triggered: false })
            }
            options={[
              { value: false, label: t('scoring.notRaised') },
              { value: true, label: t('scoring.raised') },
            ]}
          />
          {raised === true && (
            <Input.TextArea
              disabled={disabled}
              status={status}
              value={reason}
              rows={2}
              placeholder={t('scoring.vetoReasonPlaceholder')}
              aria-label={t('scoring.vetoReason')}
              onBlur={onCommit}
              onChange={(e) =>
                onChange(
                  e.target.value
                    ? { triggered: true, reason: e.target.value }
                    : { triggered: true },
                )
              }
            />
          )}
        </Space>
      );
    }
    case 'gate': {
      if (item.gate?.min === undefined) return <MetInput {...{ value, disabled, onChange }} />;
      const recorded = value && 'value' in value ? value.value : null;
      return (
        <Space>
          <InputNumber
            {...common}
            status={status}
            className="xp-score-number"
            value={centiOrNull(recorded)}
            min={0}
            step={1}
            suffix="%"
            onChange={(v) => onChange(typeof v === 'number' ? { value: toCenti(v) } : null)}
          />
          <Typography.Text type="secondary">
            {t('scoring.gateMin', { min: formatCenti(item.gate.min) })}
          </Typography.Text>
        </Space>
      );
    }
  }
}

function MetInput({
  value,
  disabled,
  onChange,
}: Pick<ItemInputProps, 'value' | 'disabled' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      disabled={disabled}
      value={value && 'met' in value ? value.met : undefined}
      onChange={(e) => onChange({ met: e.target.value === true })}
      options={[
        { value: true, label: t('scoring.met') },
        { value: false, label: t('scoring.notMet') },
      ]}
    />
  );
}

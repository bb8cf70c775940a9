import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { toCenti } from '../../../../../shared/domain/points';

function trimmedNumber(value: number | string | undefined): string {
  if (value === undefined || value === '') return '';
  const number = Number(value);
  return Number.isFinite(number) ? String(number) : '';
}

export interface PointsInputProps {
  id?: string;
  /** Hundredths; undefined = not set. */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  step?: number;
  min?: number;
  disabled?: boolean;
  /** Shown after the number; defaults to "points", null for none. */
  suffix?: string | null;
  placeholder?: string;
  ariaLabel?: string;
  className?: string;
}

/**
 * Points as people write them (8.5), stored as integer hundredths (850). An emptied field is
 * "not set", which optional fields (pass line, caps) need and required ones turn into a problem.
 */
export function PointsInput(props: PointsInputProps) {
  const { id, value, onChange, step = 0.5, min = 0, disabled, suffix, placeholder } = props;
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      id={id}
      className={props.className ?? 'xp-points-input'}
      aria-label={props.ariaLabel}
      value={value === undefined ? null : value / 100}
      min={min}
      max={10_000}
      step={step}
      disabled={disabled}
      placeholder={placeholder}
      suffix={suffix === null ? undefined : (suffix ?? t('rubricEditor.pointsSuffix'))}
      // Points read as printed (10, 8.5): no padding to the step's decimals (10.0), and what
      // is being typed is left alone.
      formatter={(v, info) => (info.userTyping ? info.input : trimmedNumber(v))}
      onChange={(v) => onChange(v === null || Number.isNaN(v) ? undefined : toCenti(v))}
    />
  );
}

import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_TYPE_CODES } from './api';

export type RiskCode = (typeof RISK_TYPE_CODES)[number];

/**
 * 风险类型 as big tappable chips (one chosen), a form control (value/onChange): radio buttons, so a
 * keyboard and a screen reader reach them as well as a thumb.
 */
export function RiskChips({
  value,
  onChange,
  testId = 'risk-chip',
}: {
  value?: RiskCode;
  onChange?: (v: RiskCode) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={value}
      onChange={(e) => onChange?.(e.target.value as RiskCode)}
      optionType="button"
      buttonStyle="solid"
      size="large"
      aria-label={t('visitsClues.riskType')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
    >
      {RISK_TYPE_CODES.map((code) => (
        <Radio.Button key={code} value={code} style={{ borderRadius: 6 }} data-testid={`${testId}-${code}`}>
          {t(`visitsClues.risk.${code}`)}
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}

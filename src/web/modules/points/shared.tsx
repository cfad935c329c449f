import { Segmented, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PointsSystem } from '../../../contracts/api/points';
import { levelOfCode } from '../../../contracts/region-code';

/** 党员积分 / 文明积分. */
export function SystemSwitch({
  value,
  onChange,
  withAll,
}: {
  value: PointsSystem | undefined;
  onChange: (v: PointsSystem | undefined) => void;
  withAll?: boolean;
}) {
  const { t } = useTranslation();
  const options = [
    ...(withAll ? [{ value: 'all', label: t('points.all') }] : []),
    { value: 'civil', label: t('points.system.civil') },
    { value: 'member', label: t('points.system.member') },
  ];
  return (
    <Segmented
      value={value ?? 'all'}
      options={options}
      onChange={(v) => onChange(v === 'all' ? undefined : (v as PointsSystem))}
      data-testid="points-system"
    />
  );
}

/** +5 in green, −3 in red: the sign always written. */
export function PointsTag({ value, big }: { value: number; big?: boolean }) {
  const text = value > 0 ? `+${value}` : `${value}`.replace('-', '−');
  return (
    <Tag color={value >= 0 ? 'green' : 'red'} style={big ? { fontSize: 16, padding: '2px 8px' } : undefined}>
      {text}
    </Tag>
  );
}

/** The village of a village- or group-scoped user, else undefined (the user picks one). */
export const ownVillage = (scopeCode: string): string | undefined => {
  const level = levelOfCode(scopeCode);
  return level === 'village' || level === 'group' ? scopeCode.slice(0, 12) : undefined;
};

export const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);

export const formatTime = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '';

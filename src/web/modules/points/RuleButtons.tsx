import { Button, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleView } from '../../../contracts/api/points';
import { signed } from './shared';

const range = (r: RuleView) =>
  r.maxPoints == null ? signed(r.points) : `${signed(r.points)}~${r.maxPoints}`;

/** Big buttons, one per rule: awards first, then deductions in red. */
export function RuleButtons({
  rules,
  loading,
  value,
  onPick,
}: {
  rules: RuleView[];
  loading: boolean;
  value: string | undefined;
  onPick: (rule: RuleView) => void;
}) {
  const { t } = useTranslation();
  if (loading) return <Spin />;
  if (rules.length === 0) return <Empty description={t('points.noRules')} />;
  const sorted = [...rules].sort(
    (a, b) => Number(b.points > 0) - Number(a.points > 0) || a.code.localeCompare(b.code),
  );
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}>
      {sorted.map((r) => (
        <Button
          key={r.id}
          type={value === r.id ? 'primary' : 'default'}
          danger={r.points < 0}
          onClick={() => onPick(r)}
          data-testid={`propose-rule-${r.code}`}
          aria-pressed={value === r.id}
          style={{ height: 'auto', minHeight: 64, whiteSpace: 'normal', padding: 8 }}
        >
          <Flex vertical align="center" gap={2}>
            <Typography.Text strong style={{ fontSize: 20, color: 'inherit' }}>
              {range(r)}
            </Typography.Text>
            <span style={{ fontSize: 13, lineHeight: 1.3 }}>
              {r.code} {r.name}
              {r.evidenceRequired ? ` · ${t('points.photoNeeded')}` : ''}
            </span>
          </Flex>
        </Button>
      ))}
    </div>
  );
}

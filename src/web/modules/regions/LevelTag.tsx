import { Tag } from 'antd';
import type { RegionLevel } from '../../../contracts/roles';
import { useLabels } from '../../app/labels';

// Only preset colours whose text keeps 4.5:1 contrast on their tinted background.
const COLORS: Record<RegionLevel, string> = {
  province: 'magenta',
  city: 'purple',
  county: 'geekblue',
  township: 'blue',
  village: 'red',
  group: 'default',
};

export function LevelTag({ level }: { level: RegionLevel }) {
  const labels = useLabels();
  return (
    <Tag color={COLORS[level]} style={{ marginInline: 4 }}>
      {labels.level(level)}
    </Tag>
  );
}

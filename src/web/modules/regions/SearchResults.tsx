import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionWithPath } from '../../app/api';
import { LevelTag } from './LevelTag';

const rowStyle = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '8px 0',
  borderBottom: '1px solid #f0f0f0',
} as const;

/** Matches of a region search, each with its path so that same-named villages can be told apart. */
export function SearchResults({
  items,
  onPick,
}: {
  items: RegionWithPath[];
  onPick: (r: RegionWithPath) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regions.noResults')} />;
  }
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="region-search-results">
      {items.map((region) => (
        <li key={region.code} style={rowStyle}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Link onClick={() => onPick(region)}>{region.name}</Typography.Link>
            <LevelTag level={region.level} />
            <div>
              <Typography.Text type="secondary">{region.path.map((p) => p.name).join(' / ')}</Typography.Text>
            </div>
          </div>
          <Button size="small" onClick={() => onPick(region)}>
            {t('regions.locate')}
          </Button>
        </li>
      ))}
    </ul>
  );
}

import { Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionWithPath } from '../../app/api';
import { useRegionSearch } from '../../app/components/region-queries';
import { useErrorText } from '../../app/errors';
import { useDebounced } from '../../app/use-debounced';
import { SearchResults } from './SearchResults';

/** Search by Chinese name or pinyin initials (pmz → 平马镇); choosing a result shows it in the tree. */
export function RegionSearch({ onPick }: { onPick: (region: RegionWithPath) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const search = useRegionSearch(q);

  return (
    <div>
      <Input.Search
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => setText(value)}
        placeholder={t('regions.searchPlaceholder')}
        aria-label={t('regions.searchPlaceholder')}
        maxLength={32}
        data-testid="region-search"
      />
      {q && (
        <Spin spinning={search.isFetching}>
          {search.isError ? (
            <Typography.Text type="danger">{errorText(search.error)}</Typography.Text>
          ) : (
            <SearchResults items={search.data?.items ?? []} onPick={onPick} />
          )}
        </Spin>
      )}
    </div>
  );
}

import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HolderOption, useHolderSearch } from './use-search';

/** Search a household (by name or household number) or a party member (by name). */
export function HolderSelect({
  system,
  value,
  onChange,
  testId,
}: {
  system: 'civil' | 'member';
  value: HolderOption | null;
  onChange: (v: HolderOption | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const found = useHolderSearch(system, term);
  const options = [...(found.data ?? [])];
  const placeholder = system === 'civil' ? t('points.householdSearch') : t('points.memberSearch');
  if (value && !options.some((o) => o.value === value.value)) options.unshift(value);
  return (
    <Select
      showSearch
      allowClear
      size="large"
      style={{ width: '100%' }}
      value={value?.value}
      filterOption={false}
      onSearch={setTerm}
      onChange={(v) => onChange(options.find((o) => o.value === v) ?? null)}
      placeholder={placeholder}
      aria-label={placeholder}
      notFoundContent={term ? t('points.notFound') : null}
      loading={found.isFetching}
      options={options}
      data-testid={testId}
    />
  );
}

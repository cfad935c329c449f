import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../api';
import { useDebounced } from '../use-debounced';

/**
 * A person of the households registry, searched by name, pinyin initials or ID digits (the
 * caller's scope). `initialLabel` names the current value before any search.
 */
export function PersonSelect({
  value,
  onChange,
  initialLabel,
  allowClear,
  id,
  testId = 'person-select',
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  initialLabel?: string | null;
  allowClear?: boolean;
  /** Set by a Form.Item, whose label then names the field. */
  id?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const q = useDebounced(term, 300);
  const persons = useQuery({
    queryKey: ['persons', 'select', q],
    queryFn: () => call(client.GET('/api/persons', { params: { query: { q, pageSize: 20 } } })),
    enabled: q.length > 0,
  });
  const options = (persons.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} ${p.idNumberMasked ?? ''}`,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  const placeholder = t('common.personSearch');
  return (
    <Select
      id={id}
      aria-label={id ? undefined : placeholder}
      showSearch
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      filterOption={false}
      onSearch={setTerm}
      placeholder={placeholder}
      loading={persons.isFetching}
      data-testid={testId}
      options={options}
    />
  );
}

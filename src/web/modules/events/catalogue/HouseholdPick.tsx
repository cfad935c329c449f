import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { call, client } from '../../../app/api';
import { useDebounced } from '../../../app/use-debounced';

/** A household found by head's name or household number (staff applying for a villager). */
export function HouseholdPick({
  value,
  onChange,
  label,
}: {
  value?: string;
  onChange?: (v?: string) => void;
  label: string;
}) {
  const [term, setTerm] = useState('');
  const q = useDebounced(term.trim(), 300);
  const found = useQuery({
    queryKey: ['events', 'catalogue', 'households', q],
    enabled: q.length > 0,
    queryFn: () => call(client.GET('/api/households', { params: { query: { q, pageSize: 20 } } })),
  });
  return (
    <Select
      showSearch
      allowClear
      value={value}
      filterOption={false}
      onSearch={setTerm}
      onChange={(v) => onChange?.(v ?? undefined)}
      aria-label={label}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((h) => ({
        value: h.id,
        label: `${h.headName ?? '—'} · ${h.householdNo}`,
      }))}
    />
  );
}

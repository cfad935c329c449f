import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../api';
import { useDebounced } from '../use-debounced';

/**
 * Party organizations that hold members (党委、党总支、党支部; party groups hold none) of the
 * caller's scope, searched by name on the server: for member forms and the member rankings.
 */
export function BranchSelect({
  value,
  onChange,
  allowClear,
  placeholder,
  id,
  testId = 'member-form-org',
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  /** Set by a Form.Item, whose label then names the field. */
  id?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const q = useDebounced(term, 300);
  const orgs = useQuery({
    queryKey: ['members', 'branches', q],
    queryFn: () => call(client.GET('/api/orgs', { params: { query: { q: q || undefined, pageSize: 50 } } })),
  });
  const hint = placeholder ?? t('members.branchSearch');
  return (
    <Select
      id={id}
      aria-label={id ? undefined : hint}
      showSearch
      allowClear={allowClear}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      filterOption={false}
      onSearch={setTerm}
      placeholder={hint}
      data-testid={testId}
      options={(orgs.data?.items ?? [])
        .filter((o) => o.level !== 'group')
        .map((o) => ({ value: o.id, label: `${o.name}（${o.regionName}）` }))}
    />
  );
}

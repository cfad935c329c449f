import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Empty, Flex, message, Progress, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { levelOfCode } from '../../../../contracts/region-code';
import { useCurrentUser } from '../../../app/auth';
import { useErrorText } from '../../../app/errors';
import { assessChecklistApi, thisYear } from './api';
import { EntryCard } from './EntryCard';

const saved = () => true;
const failed = () => false;

/** 十有五化 of one village (the caller's own, or `?village=` from the completion page), phone first. */
export default function ChecklistPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const own = me.scopeCode.length === 12 && levelOfCode(me.scopeCode) === 'village' ? me.scopeCode : null;
  const village = params.get('village') ?? own;
  const [year, setYear] = useState(Number(params.get('year')) || thisYear());
  const key = ['assess', 'checklist', village, year];
  const list = useQuery({
    queryKey: key,
    queryFn: () => assessChecklistApi.village(village as string, year),
    enabled: Boolean(village),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const fail = (e: unknown) => message.error(errorText(e));
  const save = useMutation({
    mutationFn: (v: { itemId: string; body: { done?: boolean; note?: string | null } }) =>
      assessChecklistApi.saveEntry(village as string, v.itemId, { year, ...v.body }),
    onSuccess: refresh,
    onError: fail,
  });
  const evidence = useMutation({
    mutationFn: (v: { entryId: string; files: File[] }) => assessChecklistApi.addEvidence(v.entryId, v.files),
    onSuccess: refresh,
    onError: fail,
  });
  if (!village) return <Empty description={t('assessChecklist.chooseVillage')} />;
  const data = list.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessChecklist.title')}
        {data ? ` · ${data.villageName}` : ''}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Select
          value={year}
          aria-label={t('assessChecklist.year')}
          style={{ width: 110 }}
          options={[0, 1, 2].map((d) => ({ value: thisYear() - d, label: `${thisYear() - d}` }))}
          onChange={(y) => {
            setYear(y);
            setParams((p) => {
              p.set('year', String(y));
              return p;
            });
          }}
        />
        {data && (
          <Flex align="center" gap={8} style={{ flex: 1, minWidth: 200 }}>
            <Progress
              percent={data.rate ?? 0}
              size="small"
              style={{ margin: 0, flex: 1 }}
              aria-label={t('assessChecklist.rateLabel')}
            />
            <Typography.Text data-testid="checklist-progress">
              {t('assessChecklist.progress', { done: data.done, total: data.total })}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
      {list.isError && <Alert type="error" showIcon message={errorText(list.error)} />}
      {data && !data.editable && <Alert type="info" showIcon message={t('assessChecklist.readOnly')} />}
      {list.isLoading && <Spin />}
      {data && data.entries.length === 0 && <Empty />}
      {(['have', 'ize'] as const).map((group) => {
        const entries = data?.entries.filter((e) => e.group === group) ?? [];
        if (entries.length === 0) return null;
        return (
          <Flex vertical gap={8} key={group}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t(`assessChecklist.groups.${group}`)}
            </Typography.Title>
            {entries.map((entry) => (
              <EntryCard
                key={`${entry.id}-${entry.updatedAt}`}
                entry={entry}
                editable={Boolean(data?.editable)}
                busy={save.isPending || evidence.isPending}
                onSave={(body) => save.mutateAsync({ itemId: entry.itemId, body }).then(saved, failed)}
                onEvidence={(files) => evidence.mutateAsync({ entryId: entry.id, files }).then(saved, failed)}
              />
            ))}
          </Flex>
        );
      })}
    </Flex>
  );
}

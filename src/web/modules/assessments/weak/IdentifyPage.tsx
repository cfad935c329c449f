import { App, Button, Card, Checkbox, Empty, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominateBody, WeakCandidate } from '../../../../contracts/api/assess-weak';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useCandidates, useWeakCatalogues, useWeakMutation, weakApi } from './api';

const thisYear = new Date().getFullYear();

/** 软弱涣散认定: candidates from the star rating and the records, townships' nominations; the county confirms. */
export default function IdentifyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const [year, setYear] = useState(thisYear);
  const candidates = useCandidates(year);
  const isCounty = me.role === 'county_admin';
  const confirm = useWeakMutation((c: WeakCandidate) =>
    c.source === 'nominated' && c.weakId
      ? weakApi.act(c.weakId, 'confirm', {})
      : weakApi.identify({
          regionCode: c.regionCode,
          year,
          kind: 'weak',
          source: c.source,
          situations: c.situations,
          findings: c.reason,
        }),
  );

  const columns: ColumnsType<WeakCandidate> = [
    {
      key: 'village',
      title: t('assessWeak.cols.village'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span>{c.regionName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.townshipName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'source',
      title: t('assessWeak.fields.source'),
      render: (_, c) => <Tag>{t(`assessWeak.sources.${c.source}`)}</Tag>,
    },
    {
      key: 'reason',
      title: t('assessWeak.fields.findings'),
      render: (_, c) => `${c.situations.join('、')} ${c.reason}`,
    },
    {
      key: 'act',
      title: '',
      render: (_, c) =>
        c.weakId && c.status !== 'nominated' ? (
          <Link to={`/assess/weak/${c.weakId}`} style={{ textDecoration: 'underline' }}>
            {t(`assessWeak.statuses.${c.status ?? 'identified'}`)}
          </Link>
        ) : isCounty ? (
          <Button
            size="small"
            type="primary"
            data-testid="weak-confirm"
            loading={confirm.isPending && confirm.variables === c}
            onClick={() =>
              confirm.mutate(c, {
                onSuccess: () => void message.success(t('assessWeak.identify.identified')),
                onError: (e) => void message.error(errorText(e)),
              })
            }
          >
            {t('assessWeak.identify.confirm')}
          </Button>
        ) : (
          <Tag>{t(`assessWeak.statuses.${c.status ?? 'identified'}`)}</Tag>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessWeak.identifyTitle')}
      </Typography.Title>
      <Flex gap={8} align="center" wrap>
        <Select
          value={year}
          aria-label={t('assessWeak.identify.year')}
          style={{ width: 110 }}
          options={[thisYear + 1, thisYear, thisYear - 1].map((y) => ({ value: y, label: String(y) }))}
          onChange={setYear}
        />
        <Typography.Text type="secondary">
          {candidates.data?.campaign
            ? t('assessWeak.identify.campaign', { name: candidates.data.campaign.name })
            : t('assessWeak.identify.noCampaign')}
        </Typography.Text>
      </Flex>
      {candidates.isError && <Typography.Text type="danger">{errorText(candidates.error)}</Typography.Text>}
      <Card size="small" title={t('assessWeak.identify.candidates')}>
        <ResponsiveTable<WeakCandidate>
          rowKey={(c) => `${c.source}-${c.regionCode}`}
          size="small"
          loading={candidates.isFetching}
          columns={columns}
          phoneColumns={['village', 'source', 'act']}
          dataSource={candidates.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('assessWeak.identify.empty')} /> }}
          pagination={false}
          data-testid="weak-candidates"
        />
      </Card>
      {(me.role === 'township' || isCounty) && <NominateCard year={year} />}
    </Flex>
  );
}

function NominateCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const catalogues = useWeakCatalogues();
  const [form] = Form.useForm<Omit<NominateBody, 'year'>>();
  const nominate = useWeakMutation((b: NominateBody) => weakApi.nominate(b));
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Card size="small" title={t('assessWeak.identify.nominate')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          nominate.mutate(
            { ...v, year },
            {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('assessWeak.identify.nominated'));
              },
              onError: (e) => void message.error(errorText(e)),
            },
          )
        }
      >
        <Form.Item name="regionCode" label={t('assessWeak.identify.village')} rules={required}>
          <RegionPicker allowedLevels={['village']} />
        </Form.Item>
        {/* A checkbox group may not carry aria-required (axe): the rule checks the choice itself. */}
        <Form.Item
          name="situations"
          label={t('assessWeak.fields.situations')}
          rules={[
            {
              validator: (_, v?: string[]) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error(t('common.required'))),
            },
          ]}
        >
          <Checkbox.Group>
            <Flex vertical gap={4}>
              {(catalogues.data?.situations ?? [])
                .filter((s) => s.active)
                .map((s) => (
                  <Checkbox key={s.code} value={s.code}>
                    {s.code} {s.name}
                  </Checkbox>
                ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="findings" label={t('assessWeak.fields.findings')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="weak-findings" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={nominate.isPending} data-testid="weak-nominate">
          {t('assessWeak.identify.submitNomination')}
        </Button>
      </Form>
    </Card>
  );
}

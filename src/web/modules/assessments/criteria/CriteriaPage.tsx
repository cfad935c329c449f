import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, InputNumber, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useFormModal } from '../../../app/components/use-form-modal';
import { useErrorText } from '../../../app/errors';
import { criteriaApi, criteriaKey, type SetDetail, type SetSummary, useSets } from './api';

const thisYear = () => new Date().getFullYear();

export const StatusTag = ({ status }: { status: SetSummary['status'] }) => {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'published' ? 'green' : 'gold'}>{t(`assessCriteria.statuses.${status}`)}</Tag>
  );
};

/** 评定标准: the county's criteria sets by year and version; the county admin starts a blank draft. */
export default function CriteriaPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [year, setYear] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const sets = useSets(year);
  const years = Array.from({ length: 6 }, (_, i) => thisYear() + 1 - i);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('assessCriteria.title')}
        </Typography.Title>
        {can(me.role, 'assess.criteria') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="criteria-create"
          >
            {t('assessCriteria.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{t('assessCriteria.intro')}</Typography.Paragraph>
      <Card size="small">
        <Select<number | undefined>
          aria-label={t('assessCriteria.year')}
          allowClear
          placeholder={t('assessCriteria.allYears')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: y }))}
          style={{ width: 140, marginBottom: 12 }}
        />
        {sets.isError && <Typography.Text type="danger">{errorText(sets.error)}</Typography.Text>}
        <ResponsiveTable<SetSummary>
          rowKey="id"
          size="small"
          loading={sets.isFetching}
          dataSource={sets.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('assessCriteria.empty')} /> }}
          phoneColumns={['name', 'status']}
          columns={[
            {
              key: 'name',
              title: t('assessCriteria.name'),
              render: (_, s) => (
                <Link
                  to={`/assess-criteria/${s.id}`}
                  style={{ textDecoration: 'underline', whiteSpace: 'normal' }}
                >
                  {s.name}
                </Link>
              ),
            },
            { key: 'year', title: t('assessCriteria.year'), dataIndex: 'year' },
            {
              key: 'version',
              title: t('assessCriteria.version'),
              render: (_, s) => t('assessCriteria.versionN', { n: s.version }),
            },
            {
              key: 'status',
              title: t('assessCriteria.status'),
              render: (_, s) => <StatusTag status={s.status} />,
            },
            { key: 'indicators', title: t('assessCriteria.indicators'), dataIndex: 'indicatorCount' },
            { key: 'maxTotal', title: t('assessCriteria.maxTotal'), dataIndex: 'maxTotal' },
            {
              key: 'publishedAt',
              title: t('assessCriteria.publishedAt'),
              render: (_, s) => (s.publishedAt ? new Date(s.publishedAt).toLocaleDateString() : '—'),
            },
          ]}
        />
      </Card>
      {creating && <CreateSetModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}

/** A year (and name) for a new blank draft, or for a copy of `from` (复制为新版本). */
export function YearModal({ from, onClose }: { from?: SetDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, pending, submit } = useFormModal<{ year: number }, SetDetail>({
    mutationFn: (values) => (from ? criteriaApi.copy(from.id, values) : criteriaApi.create(values)),
    success: from ? t('assessCriteria.copied') : t('assessCriteria.saved'),
    invalidate: [criteriaKey],
    onSuccess: (set) => navigate(`/assess-criteria/${set.id}`),
    onClose,
  });
  return (
    <Modal
      open
      title={from ? t('assessCriteria.copyTitle') : t('assessCriteria.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'criteria-year-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: (from?.year ?? thisYear() - 1) + 1 }}
        onFinish={submit}
      >
        <Form.Item
          name="year"
          label={from ? t('assessCriteria.copyYear') : t('assessCriteria.year')}
          rules={[{ required: true }]}
        >
          <InputNumber min={2000} max={2100} style={{ width: 140 }} data-testid="criteria-year" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const CreateSetModal = ({ onClose }: { onClose: () => void }) => <YearModal onClose={onClose} />;

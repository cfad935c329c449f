import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { type CaseDetail, casesApi, type Followup } from './api';

// 跟踪回访: date, income per person against the year's threshold, note; a 十问十清 visit adds one by itself.

export function FollowupsCard({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const add = async (v: { visitedOn: string; incomePerCapita?: number; note?: string }) => {
    try {
      await casesApi.addFollowup(detail.id, v);
      form.resetFields();
      onChanged();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Card size="small" title={t('visitsCases.followups')}>
      <Table<Followup>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={detail.followups}
        locale={{ emptyText: <Empty description={t('visitsCases.noFollowups')} /> }}
        columns={[
          { key: 'on', title: t('visitsCases.visitedOn'), dataIndex: 'visitedOn' },
          {
            key: 'income',
            title: t('visitsCases.income'),
            render: (_, f) =>
              f.incomePerCapita === null ? (
                '—'
              ) : (
                <Tag color={f.threshold !== null && f.incomePerCapita > f.threshold ? 'green' : 'orange'}>
                  {f.incomePerCapita.toLocaleString('zh-CN')}
                </Tag>
              ),
          },
          { key: 'threshold', title: t('visitsCases.threshold'), render: (_, f) => f.threshold ?? '—' },
          {
            key: 'note',
            title: t('visitsCases.note'),
            render: (_, f) => (f.visitId ? `${t('visitsCases.fromVisit')} ${f.note ?? ''}` : (f.note ?? '')),
          },
        ]}
      />
      {detail.mayAddFollowup && (
        <Form form={form} layout="vertical" onFinish={add} style={{ marginTop: 12 }}>
          <Flex wrap gap={8} align="end">
            <Form.Item
              name="visitedOn"
              label={t('visitsCases.visitedOn')}
              rules={[{ required: true, message: '请填写回访日期' }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item name="incomePerCapita" label={t('visitsCases.income')}>
              <InputNumber min={0} precision={0} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="note" label={t('visitsCases.note')} style={{ flex: 1, minWidth: 200 }}>
              <Input maxLength={1000} />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" data-testid="followup-add">
                {t('visitsCases.addFollowup')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </Card>
  );
}

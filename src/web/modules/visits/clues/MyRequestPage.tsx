import { Alert, App, Button, Card, Empty, Flex, Form, Input, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonitoringRequestBody } from '../../../../contracts/api/visits-clues';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { cluesApi, useClueMutation, useMyRequests } from './api';
import { RiskChips } from './RiskChips';

// 防返贫申报 (docs/visits.md §3): a villager's or party member's phone page: a chip for the kind of
// hardship, a sentence, send; below, the household's earlier requests and where each stands.

const STATUS_COLORS: Record<string, string> = {
  open: 'blue',
  case: 'orange',
  cleared: 'green',
  dismissed: 'default',
};

export default function MyRequestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<MonitoringRequestBody>();
  const mine = useMyRequests();
  const send = useClueMutation(cluesApi.request);

  const submit = (v: MonitoringRequestBody) =>
    send.mutate(v, {
      onSuccess: () => {
        message.success(t('visitsClues.request.submitted'));
        form.resetFields();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) message.error(errorText(error));
      },
    });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsClues.request.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('visitsClues.request.intro')}</Typography.Paragraph>
      {mine.data && !mine.data.hasHousehold ? (
        <Alert
          type="warning"
          showIcon
          title={t('visitsClues.request.noHousehold')}
          data-testid="request-no-household"
        />
      ) : (
        <Card size="small">
          <Form<MonitoringRequestBody> form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              name="riskType"
              label={t('visitsClues.riskType')}
              rules={[{ required: true, message: t('visitsClues.riskRequired') }]}
            >
              <RiskChips />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('visitsClues.request.description')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  min: 2,
                  message: t('visitsClues.request.descriptionRequired'),
                },
              ]}
            >
              <Input.TextArea
                rows={3}
                maxLength={300}
                showCount
                placeholder={t('visitsClues.request.descriptionPlaceholder')}
                data-testid="request-description"
              />
            </Form.Item>
            <Button
              type="primary"
              size="large"
              block
              htmlType="submit"
              loading={send.isPending}
              data-testid="request-submit"
            >
              {t('visitsClues.request.submit')}
            </Button>
          </Form>
        </Card>
      )}
      <Card size="small" title={t('visitsClues.request.history')}>
        {mine.isPending ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={mine.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('visitsClues.request.empty')} /> }}
            data-testid="request-history"
            renderItem={(r) => (
              <List.Item key={r.id} data-testid={`request-${r.id}`}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" wrap gap={8}>
                    <span>
                      <Tag>
                        {t(`visitsClues.risk.${r.riskType ?? 'other'}`, { defaultValue: r.riskName })}
                      </Tag>
                      {r.viaServiceList && <Tag>{t('visitsClues.request.viaService')}</Tag>}
                    </span>
                    <Tag color={STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>
                  </Flex>
                  <Typography.Text>{r.description}</Typography.Text>
                  <Typography.Text type="secondary">{r.createdAt.slice(0, 10)}</Typography.Text>
                  {r.closeReason && <Typography.Text type="secondary">{r.closeReason}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}

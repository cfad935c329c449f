import { App, Button, Card, Empty, Form, Input, Select, Timeline, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type LogBody, type WeakDetail } from '../../../../contracts/api/assess-weak';
import { DateField } from '../../../app/components/DateField';
import { useErrorText } from '../../../app/errors';
import { useWeakMutation, weakApi } from './api';
import { FilesField, Photos } from './MeasuresCard';

// 整顿台账: progress, the leader's contacts (四个一 / 三个一) and consolidation check-ins, newest
// last, with their photos; a form to add one while the record takes logs.

const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

export function LogsCard({ weak }: { weak: WeakDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('assessWeak.logs.title')}>
      {weak.logs.length === 0 ? (
        <Empty description={t('assessWeak.logs.empty')} />
      ) : (
        <Timeline
          items={weak.logs.map((l) => ({
            key: l.id,
            children: (
              <div data-testid="weak-log">
                <Typography.Text strong>
                  {l.happenedOn} · {t(`assessWeak.logs.kinds.${l.kind}`)}
                  {l.contactKind
                    ? `（${t(`assessWeak.logs.contactKinds.${l.contactKind as (typeof CONTACT_KINDS)[number]}`)}）`
                    : ''}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: 0 }}>{l.text}</Typography.Paragraph>
                {l.createdByName && <Typography.Text type="secondary">{l.createdByName}</Typography.Text>}
                <Photos photos={l.photos} />
              </div>
            ),
          }))}
        />
      )}
      {weak.mayLog && <LogForm weak={weak} />}
    </Card>
  );
}

function LogForm({ weak }: { weak: WeakDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<LogBody>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const kinds = weak.status === 'closed' ? (['checkin'] as const) : (['progress', 'contact'] as const);
  const kind = Form.useWatch('kind', form);
  const save = useWeakMutation(async (body: LogBody) => {
    const { id } = await weakApi.addLog(weak.id, body);
    const raw = files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
    if (raw.length) await weakApi.addFiles('weak_log', id, raw);
    return id;
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: kinds[0], happenedOn: today() }}
      onFinish={(v) =>
        save.mutate(v, {
          onSuccess: () => {
            form.resetFields(['text']);
            setFiles([]);
          },
          onError: (e) => void message.error(errorText(e)),
        })
      }
      style={{ marginTop: 12 }}
    >
      <Form.Item name="kind" label={t('assessWeak.logs.kind')}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`assessWeak.logs.kinds.${k}`) }))} />
      </Form.Item>
      {kind === 'contact' && (
        <Form.Item
          name="contactKind"
          label={t('assessWeak.logs.kind')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`assessWeak.logs.contactKinds.${k}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="text"
        label={t('assessWeak.logs.text')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="weak-log-text" />
      </Form.Item>
      <DateField name="happenedOn" label={t('assessWeak.logs.happenedOn')} required />
      <FilesField files={files} setFiles={setFiles} />
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="weak-log-submit">
        {t('assessWeak.logs.add')}
      </Button>
    </Form>
  );
}

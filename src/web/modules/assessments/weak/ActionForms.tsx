import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPTANCE_METHODS,
  type WeakActionBody,
  type WeakDetail,
} from '../../../../contracts/api/assess-weak';
import { DateField } from '../../../app/components/DateField';
import { useErrorText } from '../../../app/errors';
import { useWeakCatalogues, useWeakMutation, weakApi } from './api';

// The buttons of a record's actions, from the server's `actions`; each action that asks for more
// (the leader, the plan, the acceptance result, a reason) opens its form.

type Action = WeakDetail['actions'][number];
const PRIMARY = new Set(['confirm', 'assign', 'plan', 'requestAcceptance', 'accept', 'consolidate']);

export function WeakActions({ weak }: { weak: WeakDetail }) {
  const { i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState<Action | null>(null);
  const act = useWeakMutation((a: { action: string; body: WeakActionBody }) =>
    weakApi.act(weak.id, a.action, a.body),
  );
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const run = (action: string, body: WeakActionBody) =>
    act.mutate(
      { action, body },
      { onSuccess: () => setOpen(null), onError: (e) => void message.error(errorText(e)) },
    );
  return (
    <Flex wrap gap={8}>
      {weak.actions.map((a) => (
        <Button
          key={a.action}
          type={PRIMARY.has(a.action) ? 'primary' : 'default'}
          danger={a.action === 'dismiss'}
          data-testid={`action-${a.action}`}
          loading={act.isPending && act.variables?.action === a.action}
          onClick={() => (a.needs.length ? setOpen(a) : run(a.action, {}))}
        >
          {a.label[lang]}
        </Button>
      ))}
      {open && (
        <Modal open title={open.label[lang]} footer={null} onCancel={() => setOpen(null)} destroyOnHidden>
          {open.action === 'plan' ? (
            <PlanForm busy={act.isPending} onSubmit={(body) => run('plan', body)} />
          ) : open.action === 'accept' ? (
            <AcceptForm busy={act.isPending} onSubmit={(body) => run('accept', body)} />
          ) : open.action === 'assign' ? (
            <AssignForm busy={act.isPending} onSubmit={(body) => run('assign', body)} />
          ) : (
            <ReasonForm busy={act.isPending} onSubmit={(body) => run(open.action, body)} />
          )}
        </Modal>
      )}
    </Flex>
  );
}

type FormProps = { busy: boolean; onSubmit: (body: WeakActionBody) => void };

function Submit({ busy }: { busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Button type="primary" htmlType="submit" loading={busy} block data-testid="weak-action-submit">
      {t('assessWeak.actions.submit')}
    </Button>
  );
}

function ReasonForm({ busy, onSubmit }: FormProps) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" onFinish={(v: { reason: string }) => onSubmit({ reason: v.reason })}>
      <Form.Item
        name="reason"
        label={t('assessWeak.actions.reason')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Submit busy={busy} />
    </Form>
  );
}

function AssignForm({ busy, onSubmit }: FormProps) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Form layout="vertical" onFinish={(v: WeakActionBody) => onSubmit(v)}>
      <Form.Item name="leaderName" label={t('assessWeak.actions.leaderName')} rules={required}>
        <Input maxLength={40} data-testid="weak-leader-name" />
      </Form.Item>
      <Form.Item name="leaderPost" label={t('assessWeak.actions.leaderPost')} rules={required}>
        <Input maxLength={60} data-testid="weak-leader-post" />
      </Form.Item>
      <Submit busy={busy} />
    </Form>
  );
}

type Row = { slot?: string; text?: string; ownerName?: string; deadline?: string };

function PlanForm({ busy, onSubmit }: FormProps) {
  const { t } = useTranslation();
  const catalogues = useWeakCatalogues();
  const [form] = Form.useForm<{ templateId?: string; rows: Row[] }>();
  const templates = (catalogues.data?.templates ?? []).filter((x) => x.active);
  const pick = (id: string) => {
    const tpl = templates.find((x) => x.id === id);
    form.setFieldValue(
      'rows',
      (tpl?.slots ?? []).map((s) => ({ slot: s.title })),
    );
  };
  const finish = (v: { templateId?: string; rows?: Row[] }) =>
    onSubmit({
      templateId: v.templateId ?? null,
      measures: (v.rows ?? [])
        .filter((r) => r.text?.trim())
        .map((r) => ({
          slot: r.slot ?? null,
          text: r.text!,
          ownerName: r.ownerName ?? '',
          deadline: r.deadline ?? '',
        })),
    });
  return (
    <Form form={form} layout="vertical" onFinish={finish} initialValues={{ rows: [{}] }}>
      <Form.Item
        name="templateId"
        label={t('assessWeak.actions.template')}
        extra={t('assessWeak.actions.planHint')}
      >
        <Select
          allowClear
          options={templates.map((x) => ({ value: x.id, label: x.name }))}
          onChange={pick}
          data-testid="weak-template"
        />
      </Form.Item>
      <Form.List name="rows">
        {(fields, { add }) => (
          <Flex vertical gap={8}>
            {fields.map((f) => (
              <Flex key={f.key} vertical gap={0} style={{ borderBottom: '1px solid #f0f0f0' }}>
                <Form.Item noStyle shouldUpdate>
                  {() => <strong>{form.getFieldValue(['rows', f.name, 'slot'])}</strong>}
                </Form.Item>
                <Form.Item
                  name={[f.name, 'text']}
                  label={t('assessWeak.measures.title')}
                  style={{ marginBottom: 4 }}
                >
                  <Input.TextArea rows={2} maxLength={500} data-testid="weak-measure-text" />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item
                    name={[f.name, 'ownerName']}
                    label={t('assessWeak.measures.owner')}
                    style={{ flex: 1, minWidth: 120 }}
                  >
                    <Input maxLength={40} data-testid="weak-measure-owner" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'deadline']} label={t('assessWeak.measures.deadline')}>
                    <Input type="date" data-testid="weak-measure-deadline" />
                  </Form.Item>
                </Flex>
              </Flex>
            ))}
            <Button onClick={() => add({})}>{t('assessWeak.measures.add')}</Button>
          </Flex>
        )}
      </Form.List>
      <div style={{ marginTop: 12 }}>
        <Submit busy={busy} />
      </div>
    </Form>
  );
}

function AcceptForm({ busy, onSubmit }: FormProps) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  type V = { score: number; dissatisfied: number; panelSize: number; methods: string[]; deadline?: string };
  return (
    <Form
      layout="vertical"
      initialValues={{ methods: [...ACCEPTANCE_METHODS] }}
      onFinish={(v: V) =>
        onSubmit({
          acceptance: {
            score: v.score,
            dissatisfied: v.dissatisfied,
            panelSize: v.panelSize,
            methods: v.methods as never,
          },
          deadline: v.deadline || undefined,
        })
      }
    >
      <Form.Item name="score" label={t('assessWeak.actions.score')} rules={required}>
        <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="weak-score" />
      </Form.Item>
      <Form.Item name="dissatisfied" label={t('assessWeak.actions.dissatisfied')} rules={required}>
        <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="weak-dissatisfied" />
      </Form.Item>
      <Form.Item name="panelSize" label={t('assessWeak.actions.panelSize')} rules={required}>
        <InputNumber min={1} max={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="methods" label={t('assessWeak.actions.methods')} rules={required}>
        <Checkbox.Group
          options={ACCEPTANCE_METHODS.map((m) => ({
            value: m,
            label: t(`assessWeak.actions.methodNames.${m}`),
          }))}
        />
      </Form.Item>
      <DateField name="deadline" label={t('assessWeak.actions.newDeadline')} />
      <Submit busy={busy} />
    </Form>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Rate, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../../contracts/api/workflow';
import { DEPARTMENT_LABELS, DEPARTMENTS } from '../../../../contracts/roles';
import { call, client } from '../../../app/api';
import { useErrorText } from '../../../app/errors';
import { eventsHandleApi, useRefreshEvents } from './api';

// The buttons of a record's actions, rendered from the server's `actions` (never from a copy of
// the rules). An action with needs opens a modal asking for them: a reason, the departments
// (吹哨), a rating, a result, the event to merge into, photos (uploaded before the step).

type Target = { kind: 'event' | 'event_dispatch'; id: string; categoryId?: string };
type Values = {
  reason?: string;
  rating?: number;
  result?: string;
  departments?: string[];
  targetId?: string;
  note?: string;
};

const PRIMARY = new Set([
  'accept',
  'dispatch',
  'approve',
  'acknowledge',
  'handle',
  'resolve',
  'rate',
  'submit',
]);

export function ActionButtons({
  target,
  actions,
  size,
}: {
  target: Target;
  actions: WorkflowAction[];
  size?: 'small';
}) {
  const { i18n } = useTranslation();
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const run = useRun(target);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Flex wrap gap={8}>
      {actions.map((a) => (
        <Button
          key={a.action}
          size={size}
          type={PRIMARY.has(a.action) ? 'primary' : 'default'}
          danger={a.action === 'return' || a.action === 'reject'}
          data-testid={`action-${a.action}`}
          loading={run.busy === a.action}
          onClick={() => (a.needs.length ? setOpen(a) : void run.go(a, {}, []))}
        >
          {a.label[lang]}
        </Button>
      ))}
      {open && <ActionModal action={open} target={target} onClose={() => setOpen(null)} run={run} />}
    </Flex>
  );
}

const useRun = (target: Target) => {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refresh = useRefreshEvents();
  const [busy, setBusy] = useState<string | null>(null);
  const go = async (a: WorkflowAction, values: Values, files: File[]) => {
    setBusy(a.action);
    try {
      if (files.length) await eventsHandleApi.addPhotos(target.kind, target.id, files);
      const body = {
        ...values,
        departments: values.departments?.length ? values.departments : undefined,
      } as never;
      if (target.kind === 'event') await eventsHandleApi.eventAction(target.id, a.action, body);
      else await eventsHandleApi.dispatchAction(target.id, a.action, body);
      message.success(t('eventsHandle.modal.done'));
      refresh();
      return true;
    } catch (error) {
      message.error(errorText(error));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { go, busy };
};

function ActionModal({
  action,
  target,
  onClose,
  run,
}: {
  action: WorkflowAction;
  target: Target;
  onClose: () => void;
  run: ReturnType<typeof useRun>;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [candidates, setCandidates] = useState<{ value: string; label: string }[]>([]);
  const needs = new Set(action.needs);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  // 吹哨: the category's departments come preselected.
  const categories = useQuery({
    queryKey: ['events', 'categories'],
    queryFn: () => call(client.GET('/api/events/categories', { params: { query: {} } })),
    enabled: needs.has('departments'),
  });
  const preselected = categories.data?.find((c) => c.id === target.categoryId)?.departments;
  const photoMissing = action.missing === 'evidence' && files.length === 0;
  const submit = async () => {
    const values = await form.validateFields();
    const raw = files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
    if (await run.go(action, values, raw)) onClose();
  };
  return (
    <Modal
      open
      title={action.label[lang]}
      okText={t('eventsHandle.modal.submit')}
      okButtonProps={{ disabled: photoMissing, 'data-testid': 'action-submit' } as never}
      confirmLoading={run.busy === action.action}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        key={preselected ? 'ready' : 'loading'}
        initialValues={{ departments: preselected }}
      >
        {needs.has('departments') && (
          <>
            <Form.Item name="departments" label={t('eventsHandle.modal.departments')}>
              <Select
                mode="multiple"
                data-testid="action-departments"
                options={DEPARTMENTS.map((d) => ({ value: d, label: DEPARTMENT_LABELS[d][lang] }))}
                optionFilterProp="label"
              />
            </Form.Item>
            <Form.Item name="note" label={t('eventsHandle.modal.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {needs.has('target') && (
          <Form.Item name="targetId" label={t('eventsHandle.filters.q')} rules={[{ required: true }]}>
            <Select
              showSearch
              filterOption={false}
              options={candidates}
              onSearch={async (q) => {
                if (!q.trim()) return;
                const page = await eventsHandleApi.list({ view: 'all', q, pageSize: 10 });
                setCandidates(
                  page.items
                    .filter((e) => e.id !== target.id)
                    .map((e) => ({ value: e.id, label: `${e.number} ${e.title}` })),
                );
              }}
            />
          </Form.Item>
        )}
        {needs.has('rating') && (
          <Form.Item name="rating" label={t('eventsHandle.modal.rating')} rules={[{ required: true }]}>
            <Rate data-testid="action-rating" />
          </Form.Item>
        )}
        {needs.has('result') && (
          <Form.Item
            name="result"
            label={t('eventsHandle.modal.result')}
            rules={[{ required: true, whitespace: true, message: t('eventsHandle.modal.resultRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="action-result" />
          </Form.Item>
        )}
        {needs.has('reason') && (
          <Form.Item
            name="reason"
            label={t('eventsHandle.modal.reason')}
            rules={[{ required: true, whitespace: true, message: t('eventsHandle.modal.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="action-reason" />
          </Form.Item>
        )}
        {needs.has('evidence') && (
          <Form.Item
            label={t('eventsHandle.modal.photo')}
            help={photoMissing ? t('eventsHandle.modal.photoNeeded') : undefined}
          >
            <Upload
              accept="image/*"
              multiple
              listType="picture"
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
              data-testid="action-photo"
            >
              <Button icon={<UploadOutlined />}>{t('eventsHandle.modal.photo')}</Button>
            </Upload>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

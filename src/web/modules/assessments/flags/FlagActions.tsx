import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../../contracts/api/workflow';
import { useErrorText } from '../../../app/errors';
import { type FlagAwardView, flagsApi, useRefreshFlags } from './api';

// The buttons of an award's actions, rendered from the server's `actions` (审核通过、授旗、不予通过、
// 撤销); an action that needs a reason asks for it first. While the nomination waits, files
// (事迹材料) may be uploaded.

export function FlagActions({ award }: { award: FlagAwardView }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshFlags();
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const go = async (a: WorkflowAction, reason?: string) => {
    setBusy(a.action);
    try {
      await flagsApi.act(award.id, a.action, reason ? { reason } : {});
      message.success(t('assessFlags.done'));
      setAsking(null);
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  const open = award.status === 'nominated' || award.status === 'reviewed';
  return (
    <Flex wrap gap={6}>
      {award.actions.map((a) => (
        <Button
          key={a.action}
          size="small"
          type={a.action === 'review' || a.action === 'award' ? 'primary' : 'default'}
          danger={a.action === 'reject' || a.action === 'revoke'}
          loading={busy === a.action}
          data-testid={`flag-action-${a.action}`}
          onClick={() => (a.needs.includes('reason') ? setAsking(a) : void go(a))}
        >
          {a.label[lang]}
        </Button>
      ))}
      {open && (
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void flagsApi
              .addEvidence(award.id, [file])
              .then(() => {
                message.success(t('assessFlags.evidenceAdded'));
                return refresh();
              })
              .catch((error) => message.error(errorText(error)));
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />}>
            {t('assessFlags.evidenceAdd')}
          </Button>
        </Upload>
      )}
      {asking && (
        <Modal
          open
          title={asking.label[lang]}
          onCancel={() => setAsking(null)}
          onOk={() => form.submit()}
          confirmLoading={busy === asking.action}
          destroyOnHidden
        >
          <Form form={form} layout="vertical" onFinish={(v) => go(asking, v.reason)}>
            <Form.Item
              name="reason"
              label={t('assessFlags.actionReason')}
              rules={[{ required: true, whitespace: true, message: t('assessFlags.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={500} data-testid="flag-action-reason" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Flex>
  );
}

import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTACT_ACTION_CODES, type CreateContactLogBody } from '../../../../contracts/api/visits-contacts';
import { DateField } from '../../../app/components/DateField';
import { useFormModal } from '../../../app/components/use-form-modal';
import { useErrorText } from '../../../app/errors';
import { beijingToday, contactsApi, contactsKey, type LeaderContactView, useContactLogs } from './api';
import { useUndoableDelete } from './use-undoable-delete';

// 六常 of one contact: the logs, newest first, and a short form to log another (date defaults to today).

export function LogsModal({ contact, onClose }: { contact: LeaderContactView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const logs = useContactLogs(contact.id);
  const remove = useUndoableDelete({
    remove: contactsApi.removeLog,
    deleted: t('visitsContacts.logs.deleted'),
  });
  const { form, pending, submit } = useFormModal<CreateContactLogBody>({
    mutationFn: (v) => contactsApi.log(contact.id, { ...v, note: v.note?.trim() || null }),
    success: t('visitsContacts.logs.saved'),
    invalidate: [contactsKey],
    onSuccess: () => form.resetFields(['note']),
  });
  return (
    <Modal
      open
      title={t('visitsContacts.logs.title', { leader: contact.leaderName, target: contact.targetName })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {contact.loggable && (
        <Form<CreateContactLogBody>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ action: 'contact', happenedOn: beijingToday() }}
        >
          <Flex gap={8} wrap>
            <Form.Item
              name="action"
              label={t('visitsContacts.logs.action')}
              rules={[{ required: true, message: t('common.required') }]}
              style={{ flex: '1 1 140px' }}
            >
              <Select
                options={CONTACT_ACTION_CODES.map((a) => ({
                  value: a,
                  label: t(`visitsContacts.actions.${a}`),
                }))}
              />
            </Form.Item>
            <DateField
              name="happenedOn"
              label={t('visitsContacts.logs.date')}
              required
              style={{ flex: '1 1 140px' }}
            />
          </Flex>
          <Form.Item name="note" label={t('visitsContacts.logs.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={pending} data-testid="log-submit">
            {t('visitsContacts.logs.add')}
          </Button>
        </Form>
      )}
      {logs.isError && <Typography.Text type="danger">{errorText(logs.error)}</Typography.Text>}
      <List
        style={{ marginTop: 12 }}
        loading={logs.isLoading}
        dataSource={logs.data ?? []}
        locale={{ emptyText: <Empty description={t('visitsContacts.logs.empty')} /> }}
        renderItem={(log) => (
          <List.Item
            actions={
              log.deletable
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('visitsContacts.logs.deleteConfirm')}
                      okText={t('visitsContacts.logs.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove(log.id).catch((e) => message.error(errorText(e)))}
                    >
                      <Button size="small" type="link" danger>
                        {t('visitsContacts.logs.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Flex gap={8} wrap align="center">
              <Tag color="blue">{t(`visitsContacts.actions.${log.action}`)}</Tag>
              <span>{log.happenedOn}</span>
              {log.note && <Typography.Text type="secondary">{log.note}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
    </Modal>
  );
}

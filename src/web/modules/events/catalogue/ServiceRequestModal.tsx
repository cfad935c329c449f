import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { catalogueApi, type ServiceItemView } from './api';
import { HouseholdPick } from './HouseholdPick';

type Values = { description: string; householdId?: string };

/** 申请办理: a short form; the request becomes an event of the item's category (source service). */
export function ServiceRequestModal({ item, onClose }: { item: ServiceItemView; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  // One key per opened form: a request sent twice on a weak connection is filed once. (getRandomValues:
  // randomUUID exists only on https pages, and village servers may be plain http.)
  const [key] = useState(() => {
    const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) =>
      x.toString(16).padStart(2, '0'),
    );
    return `service-${hex.join('')}`;
  });
  const request = useMutation({
    mutationFn: (v: Values) =>
      catalogueApi.request(
        {
          categoryId: item.categoryId ?? '',
          serviceItemId: item.id,
          description: v.description,
          householdId: v.householdId,
        },
        key,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['events'] }),
    onError: (error) => {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    },
  });
  const done = request.data;
  return (
    <Modal
      open
      title={t('eventsCatalogue.applyTitle', { name: item.name })}
      onCancel={onClose}
      footer={
        done ? null : (
          <Button
            type="primary"
            loading={request.isPending}
            onClick={() => form.submit()}
            data-testid="service-request-submit"
          >
            {t('eventsCatalogue.apply')}
          </Button>
        )
      }
      destroyOnHidden
    >
      {done ? (
        <Result
          status="success"
          title={t('eventsCatalogue.submitted')}
          subTitle={t('eventsCatalogue.submittedText', { number: done.number })}
          extra={[
            <Link key="mine" to="/events-mine" data-testid="service-request-mine">
              <Button type="primary">{t('eventsCatalogue.mine')}</Button>
            </Link>,
            <Button key="back" onClick={onClose}>
              {t('eventsCatalogue.back')}
            </Button>,
          ]}
        />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={(v) => request.mutate(v)}>
          <Form.Item
            name="description"
            label={t('eventsCatalogue.needs')}
            rules={[
              { required: true, whitespace: true, min: 4, message: t('eventsCatalogue.needsRequired') },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              placeholder={t('eventsCatalogue.needsPlaceholder')}
              data-testid="service-request-text"
            />
          </Form.Item>
          {can(me.role, 'households.read') && (
            <Form.Item name="householdId" label={t('eventsCatalogue.household')}>
              <HouseholdPick label={t('eventsCatalogue.household')} />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}

import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormModal } from '../../../app/components/use-form-modal';
import { calendarApi, calendarKey } from './api';

type Values = { day: Dayjs; kind: 'holiday' | 'workday'; name: string };

/** Adds a day to the county's calendar: a local day off, or an extra working day. */
export function AddDayModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => calendarApi.add({ day: v.day.format('YYYY-MM-DD'), kind: v.kind, name: v.name }),
    success: t('eventsCalendar.added'),
    invalidate: [calendarKey],
    onClose,
  });
  const kind = Form.useWatch('kind', form);
  return (
    <Modal
      open
      title={t('eventsCalendar.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'calendar-day-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'holiday' }} onFinish={submit}>
        <Form.Item
          name="day"
          label={t('eventsCalendar.day')}
          rules={[{ required: true, message: t('eventsCalendar.dayRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="calendar-day-date" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('eventsCalendar.kind')}
          extra={kind === 'workday' ? t('eventsCalendar.workdayHint') : t('eventsCalendar.holidayHint')}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'holiday', label: t('eventsCalendar.kinds.holiday') },
              { value: 'workday', label: t('eventsCalendar.kinds.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('eventsCalendar.name')}
          rules={[
            { required: true, whitespace: true, message: t('eventsCalendar.nameRequired') },
            { max: 30 },
          ]}
        >
          <Input placeholder={t('eventsCalendar.namePlaceholder')} data-testid="calendar-day-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateTourBody } from '../../../../contracts/api/visits-contacts';
import { DateField } from '../../../app/components/DateField';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { beijingToday, contactsApi, contactsKey, type TourView } from './api';

// 书记拉练: a tour the county or township organised, with its places (a village of its own or a
// named place, and what was seen there), participants and notes. The server checks the date
// against the quarter and the places against the organiser (policy.ts).

type Values = CreateTourBody;

const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

export function TourFormModal({ editing, onClose }: { editing?: TourView; onClose: () => void }) {
  const { t } = useTranslation();
  const today = beijingToday();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = {
        ...v,
        places: (v.places ?? []).map((p) => ({
          regionCode: p.regionCode || null,
          name: p.name,
          note: p.note?.trim() || null,
        })),
        participants: v.participants?.trim() || null,
        notes: v.notes?.trim() || null,
      };
      return editing ? contactsApi.updateTour(editing.id, body) : contactsApi.createTour(body);
    },
    success: t('visitsContacts.tours.saved'),
    invalidate: [contactsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={editing ? t('visitsContacts.tours.editTitle') : t('visitsContacts.tours.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'tour-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          // The year and quarter follow the date, the usual case.
          if (changed.heldOn && /^\d{4}-\d{2}-\d{2}$/.test(changed.heldOn))
            form.setFieldsValue({
              year: Number(changed.heldOn.slice(0, 4)),
              quarter: quarterOf(changed.heldOn),
            });
        }}
        initialValues={
          editing ?? { year: Number(today.slice(0, 4)), quarter: quarterOf(today), heldOn: today, places: [] }
        }
      >
        <Form.Item
          name="theme"
          label={t('visitsContacts.tours.theme')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={100} data-testid="tour-theme" />
        </Form.Item>
        <DateField name="heldOn" label={t('visitsContacts.tours.heldOn')} required />
        <Flex gap={8} wrap>
          <Form.Item name="year" label={t('visitsContacts.tours.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item
            name="quarter"
            label={t('visitsContacts.tours.quarter', { quarter: '' })}
            rules={[{ required: true }]}
          >
            <Select
              style={{ width: 120 }}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('visitsContacts.tours.quarter', { quarter: q }),
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.List name="places">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4} style={{ marginBottom: 12 }}>
              <span>{t('visitsContacts.tours.places')}</span>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, 'regionCode']} style={{ flex: '1 1 160px', marginBottom: 4 }}>
                    <RegionPicker
                      allowedLevels={['village']}
                      aria-label={t('visitsContacts.tours.placeRegion')}
                      initialLabel={editing?.places[field.name]?.regionName ?? undefined}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, message: t('common.required') }]}
                    style={{ flex: '1 1 120px', marginBottom: 4 }}
                  >
                    <Input
                      placeholder={t('visitsContacts.tours.placeName')}
                      aria-label={t('visitsContacts.tours.placeName')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} style={{ flex: '1 1 120px', marginBottom: 4 }}>
                    <Input
                      placeholder={t('visitsContacts.tours.placeNote')}
                      aria-label={t('visitsContacts.tours.placeNote')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('visitsContacts.tours.removePlace')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                {t('visitsContacts.tours.addPlace')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="participants" label={t('visitsContacts.tours.participants')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="notes" label={t('visitsContacts.tours.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TALENT_TAGS, type TalentDetail } from '../../../contracts/api/talents';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { talentCategory } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { talentsApi } from './api';
import { talentsKey } from './queries';

type Values = {
  regionCode: string;
  name: string;
  phone?: string;
  category: string;
  tags?: string[];
  skills?: string;
};

/** 摸排登记 or revision of a draft / returned record; "save and submit" sends it to the township at once. */
export function TalentFormModal({ talent, onClose }: { talent?: TalentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { form, pending, submit } = useFormModal<Values & { andSubmit: boolean }>({
    mutationFn: async ({ andSubmit, ...v }) => {
      const fields = {
        name: v.name.trim(),
        phone: v.phone?.trim() || null,
        category: v.category as TalentDetail['category'],
        tags: (v.tags ?? []) as TalentDetail['tags'],
        skills: v.skills?.trim() || null,
      };
      const saved = talent
        ? await talentsApi.update(talent.id, fields)
        : await talentsApi.create({ regionCode: v.regionCode, ...fields });
      // A draft saved but not sent is still a change the list must show.
      if (andSubmit)
        await talentsApi.submit(saved.id).catch(async (error: unknown) => {
          await client.invalidateQueries({ queryKey: talentsKey });
          throw error;
        });
    },
    success: (_, v) => (v.andSubmit ? t('talents.submitted') : t('talents.saved')),
    invalidate: [talentsKey],
    onClose,
  });
  // Two buttons save: as a draft, or saved and sent to the township at once.
  const save = (andSubmit: boolean) =>
    form.validateFields().then(
      (v) => submit({ ...v, andSubmit }),
      () => undefined,
    );

  return (
    <Modal
      open
      title={talent ? t('talents.edit') : t('talents.create')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="draft" onClick={() => save(false)} loading={pending}>
          {t('talents.saveDraft')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          onClick={() => save(true)}
          loading={pending}
          data-testid="talent-save-submit"
        >
          {t('talents.saveSubmit')}
        </Button>,
      ]}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={talent ? { ...talent, phone: undefined } : { tags: [] }}
        data-testid="talent-form"
      >
        {!talent && (
          <Form.Item
            name="regionCode"
            label={t('talents.village')}
            rules={[{ required: true, message: t('talents.villageRequired') }]}
          >
            <RegionPicker allowedLevels={['village']} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('talents.name')}
          rules={[{ required: true, whitespace: true, message: t('talents.nameRequired') }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('talents.category')}
          rules={[{ required: true, message: t('talents.categoryRequired') }]}
        >
          <CodedSelect coded={talentCategory} />
        </Form.Item>
        <Form.Item name="tags" label={t('talents.tags')}>
          <Select mode="multiple" options={TALENT_TAGS.map((tag) => ({ value: tag, label: tag }))} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('talents.phone')}
          extra={talent?.phoneMasked ?? undefined}
          rules={[{ pattern: PHONE_PATTERN, message: t('talents.phoneInvalid') }]}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="skills" label={t('talents.skills')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

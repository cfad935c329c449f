import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../contracts/api/org';
import { orgKind, orgLevel } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { orgApi } from './api';
import { orgKey } from './queries';

type Values = {
  name: string;
  level: Org['level'];
  kind: Org['kind'];
  regionCode: string;
  establishedOn?: dayjs.Dayjs;
};

/** Create (under `parent`, or at the top) or edit (`org`) a party organization. */
export function OrgFormModal({
  parent,
  org,
  onClose,
}: {
  parent?: Org | null;
  org?: Org;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const establishedOn = v.establishedOn ? v.establishedOn.format('YYYY-MM-DD') : null;
      return org
        ? orgApi.update(org.id, { name: v.name.trim(), kind: v.kind, establishedOn })
        : orgApi.create({ ...v, name: v.name.trim(), establishedOn, parentId: parent?.id ?? null });
    },
    success: t('org.saved'),
    invalidate: [orgKey],
    onClose,
  });
  return (
    <Modal
      open
      title={org ? t('org.edit') : parent ? `${t('org.createChild')}（${parent.name}）` : t('org.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'org-form-submit' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="org-form"
        initialValues={
          org
            ? { ...org, establishedOn: org.establishedOn ? dayjs(org.establishedOn) : undefined }
            : { level: parent ? 'branch' : 'committee', kind: 'village', regionCode: parent?.regionCode }
        }
      >
        <Form.Item
          name="name"
          label={t('org.name')}
          rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 64 }]}
        >
          <Input data-testid="org-name" />
        </Form.Item>
        <Form.Item
          name="level"
          label={t('org.level')}
          rules={[{ required: true, message: t('org.levelRequired') }]}
        >
          <CodedSelect coded={orgLevel} disabled={!!org} data-testid="org-level" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('org.kind')}
          rules={[{ required: true, message: t('org.kindRequired') }]}
        >
          <CodedSelect coded={orgKind} data-testid="org-kind" />
        </Form.Item>
        {!org && (
          <Form.Item
            name="regionCode"
            label={t('org.region')}
            rules={[{ required: true, message: t('org.regionRequired') }]}
          >
            <RegionPicker allowedLevels={['county', 'township', 'village']} data-testid="org-region" />
          </Form.Item>
        )}
        <Form.Item name="establishedOn" label={t('org.establishedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

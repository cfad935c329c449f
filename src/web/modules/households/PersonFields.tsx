import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { labourCapacity, leftBehind, relation } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { ethnicityOptions, idNumberRule, phoneRule } from './rules';

/**
 * The person fields of the household and member forms. `prefix` nests them (["head", …]);
 * `existing` makes ID number and phone optional ("blank keeps the current value").
 */
export function PersonFields({
  prefix = [],
  withRelation,
  existing,
}: {
  prefix?: string[];
  withRelation?: boolean;
  existing?: { idNumberMasked: string | null; phoneMasked: string | null };
}) {
  const { t } = useTranslation();
  const name = (n: string) => [...prefix, n];
  const testId = (n: string) => `person-${n}`;
  return (
    <>
      <Form.Item
        name={name('name')}
        label={t('households.name')}
        rules={[{ required: true, whitespace: true, message: t('households.nameRequired') }]}
      >
        <Input maxLength={32} data-testid={testId('name')} />
      </Form.Item>
      {withRelation && (
        <Form.Item
          name={name('relation')}
          label={t('households.relation')}
          rules={[{ required: true, message: t('households.relationRequired') }]}
        >
          <CodedSelect coded={relation} exclude={['head']} data-testid={testId('relation')} />
        </Form.Item>
      )}
      <Form.Item
        name={name('idNumber')}
        label={t('households.idNumber')}
        validateFirst
        extra={
          existing ? t('households.keepUnchanged', { masked: existing.idNumberMasked ?? '—' }) : undefined
        }
        rules={[
          ...(existing ? [] : [{ required: true, whitespace: true, message: t('households.idRequired') }]),
          idNumberRule,
        ]}
        normalize={(v: string) => v.toUpperCase()}
      >
        <Input maxLength={18} autoComplete="off" data-testid={testId('idNumber')} />
      </Form.Item>
      <Form.Item name={name('ethnicity')} label={t('households.ethnicity')}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={ethnicityOptions} />
      </Form.Item>
      <Form.Item
        name={name('phone')}
        label={t('households.phone')}
        extra={
          existing?.phoneMasked ? t('households.keepUnchanged', { masked: existing.phoneMasked }) : undefined
        }
        rules={[phoneRule(t('households.phoneInvalid'))]}
      >
        <Input inputMode="tel" maxLength={11} data-testid={testId('phone')} />
      </Form.Item>
      <Form.Item name={name('labour')} label={t('households.labour')}>
        <CodedSelect allowClear coded={labourCapacity} />
      </Form.Item>
      <Form.Item name={name('leftBehind')} label={t('households.leftBehind')}>
        <CodedSelect allowClear coded={leftBehind} />
      </Form.Item>
    </>
  );
}

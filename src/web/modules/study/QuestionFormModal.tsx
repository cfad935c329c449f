import { AutoComplete, Button, Checkbox, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CATEGORIES, OPTION_LETTERS, type QuestionKind } from '../../../contracts/api/study';
import { useFormModal } from '../../app/components/use-form-modal';
import { KEY, type QuestionBody, type QuestionView, studyApi } from './api';

// 新增、修改题目: type, stem, options A–F, the answer (one letter, several, or 正确/错误), the
// explanation shown after a wrong answer, category, difficulty and source.

type Values = Omit<QuestionBody, 'answer'> & { answer: string | string[] };

export function QuestionFormModal({
  question,
  onClose,
}: {
  question: QuestionView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = { ...v, answer: Array.isArray(v.answer) ? v.answer.join('') : v.answer };
      return question ? studyApi.updateQuestion(question.id, body) : studyApi.createQuestion(body);
    },
    success: t('study.bank.saved'),
    invalidate: [[KEY]],
    onClose,
  });
  const kind = (Form.useWatch('kind', form) ?? question?.kind ?? 'single') as QuestionKind;
  const options = (Form.useWatch('options', form) ?? []) as string[];
  const letters = OPTION_LETTERS.slice(0, Math.max(options.length, 2));
  const initial: Partial<Values> = question
    ? { ...question, answer: question.kind === 'multiple' ? [...question.answer] : question.answer }
    : { kind: 'single', options: ['', '', '', ''], category: DEFAULT_CATEGORIES[0] };
  return (
    <Modal
      open
      title={question ? t('study.bank.edit') : t('study.bank.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okText={t('common.save')}
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="kind" label={t('study.bank.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['single', 'multiple', 'judge'] as const).map((k) => ({
              value: k,
              label: t(`study.kinds.${k}`),
            }))}
            onChange={() => form.setFieldValue('answer', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="stem"
          label={t('study.bank.stem')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
        {kind !== 'judge' && (
          <Form.List name="options">
            {(fields, { add }) => (
              <Flex vertical gap={4} style={{ marginBottom: 16 }}>
                {fields.map((field, i) => (
                  <Form.Item
                    key={field.key}
                    name={field.name}
                    label={`${t('study.bank.options')} ${OPTION_LETTERS[i]}`}
                    style={{ marginBottom: 4 }}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                ))}
                {fields.length < 6 && (
                  <Button onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
                    {t('study.bank.addOption')}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
        )}
        <Form.Item
          name="answer"
          label={t('study.bank.answer')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          {kind === 'multiple' ? (
            <Checkbox.Group options={letters.map((l) => ({ value: l, label: l }))} />
          ) : kind === 'judge' ? (
            <Radio.Group
              options={[
                { value: 'A', label: t('study.bank.judgeTrue') },
                { value: 'B', label: t('study.bank.judgeFalse') },
              ]}
            />
          ) : (
            <Radio.Group options={letters.map((l) => ({ value: l, label: l }))} />
          )}
        </Form.Item>
        <Form.Item name="explanation" label={t('study.bank.explanation')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="category"
            label={t('study.bank.category')}
            rules={[{ required: true, message: t('common.required') }]}
            style={{ minWidth: 180, flex: 1 }}
          >
            <AutoComplete options={DEFAULT_CATEGORIES.map((c) => ({ value: c }))} maxLength={20} />
          </Form.Item>
          <Form.Item name="difficulty" label={t('study.bank.difficulty')} style={{ minWidth: 100 }}>
            <Select
              allowClear
              options={([1, 2, 3] as const).map((d) => ({
                value: d,
                label: t(`study.bank.difficulties.d${d}`),
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="source" label={t('study.bank.source')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

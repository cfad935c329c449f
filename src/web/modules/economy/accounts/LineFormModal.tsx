import { Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { I6_LAST_YEAR, INCOME_CODES, type LineBody } from '../../../../contracts/api/economy-accounts';
import { useFormModal } from '../../../app/components/use-form-modal';
import { type AccountDetail, accountsKey, econAccountsApi, type LineView } from './api';
import { fenToYuan, yuanToFen } from './money';

// 添加 / 修改收入明细: amounts typed in 元 with two decimals, sent as fen. I6 is offered for years
// up to 2023 only (the server refuses it later years with the same words).

type Values = Omit<LineBody, 'amountFen'> & { amount: number };

export function LineFormModal({
  accountId,
  year,
  line,
  onClose,
}: {
  accountId: string;
  year: number;
  line?: LineView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values, AccountDetail>({
    mutationFn: ({ amount, ...v }) => {
      const body = { ...v, note: v.note || null, amountFen: yuanToFen(amount) };
      return line ? econAccountsApi.patchLine(line.id, body) : econAccountsApi.addLine(accountId, body);
    },
    success: t('econAccounts.detail.saved'),
    invalidate: [accountsKey],
    onClose,
    fieldErrors: (f, error) => {
      const fields = (error as { fields?: { path: string; message: string }[] }).fields ?? [];
      const marks = fields.map((x) => ({
        name: x.path === 'amountFen' ? 'amount' : x.path,
        errors: [x.message],
      }));
      f.setFields(marks as never);
      return marks.length > 0;
    },
  });
  const codes = INCOME_CODES.filter((c) => c !== 'I6' || year <= I6_LAST_YEAR || line?.code === 'I6');
  return (
    <Modal
      open
      title={t(line ? 'econAccounts.detail.editLine' : 'econAccounts.detail.addLine')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('econAccounts.detail.save')}
      okButtonProps={{ loading: pending, 'data-testid': 'line-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          line
            ? { ...line, amount: fenToYuan(line.amountFen) }
            : {
                quarter: Math.min(4, Math.floor(new Date().getMonth() / 3) + 1),
                code: 'I1',
                contracting: false,
              }
        }
      >
        <Form.Item name="quarter" label={t('econAccounts.detail.quarter')} rules={[{ required: true }]}>
          <Select
            options={[1, 2, 3, 4].map((n) => ({
              value: n,
              label: t('econAccounts.quarterly.quarterN', { n }),
            }))}
            data-testid="line-quarter"
          />
        </Form.Item>
        <Form.Item name="code" label={t('econAccounts.detail.code')} rules={[{ required: true }]}>
          <Select
            options={codes.map((c) => ({ value: c, label: t(`econAccounts.codes.${c}`) }))}
            data-testid="line-code"
          />
        </Form.Item>
        <Form.Item
          name="item"
          label={t('econAccounts.detail.item')}
          rules={[{ required: true, whitespace: true, message: t('econAccounts.detail.itemRequired') }]}
        >
          <Input maxLength={100} data-testid="line-item" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('econAccounts.detail.amount')}
          rules={[{ required: true, message: t('econAccounts.detail.amountRequired') }]}
        >
          <InputNumber
            min={0}
            precision={2}
            step={0.01}
            inputMode="decimal"
            style={{ width: '100%' }}
            data-testid="line-amount"
          />
        </Form.Item>
        <Form.Item
          name="contracting"
          valuePropName="checked"
          extra={t('econAccounts.detail.contractingHint')}
        >
          <Checkbox data-testid="line-contracting">{t('econAccounts.detail.contracting')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('econAccounts.detail.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { App, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RedemptionView } from '../../../contracts/api/points';
import { useErrorText } from '../../app/errors';
import { type Goods, pointsApi } from './api';
import { usePointsMutation } from './queries';
import { ReasonModal } from './ReasonModal';

/** 撤销兑换: asks for the reason, returns points and stock, and says so (the counter and the villager alike). */
export function CancelRedemptionModal({
  redemption,
  onClose,
}: {
  redemption: RedemptionView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const cancel = usePointsMutation(({ id, reason }: { id: string; reason: string }) =>
    pointsApi.cancel(id, reason),
  );
  return (
    <ReasonModal
      title={t('points.cancelTitle', { code: redemption.code })}
      warning={t('points.cancelWarning', { total: redemption.total })}
      okText={t('points.cancelOk')}
      pending={cancel.isPending}
      onClose={onClose}
      onSubmit={(reason) =>
        cancel.mutate(
          { id: redemption.id, reason },
          {
            onSuccess: () => {
              onClose();
              message.success(t('points.cancelled'));
            },
            onError: (error) => message.error(errorText(error)),
          },
        )
      }
    />
  );
}

/** The last look before points leave: who, each goods line, the total and the balance afterwards. */
export function RedeemConfirmModal({
  open,
  title,
  holder,
  lines,
  cart,
  balance,
  pending,
  onOk,
  onCancel,
}: {
  open: boolean;
  title: string;
  holder?: string;
  lines: Goods[];
  cart: Record<string, number>;
  balance: number | undefined;
  pending: boolean;
  onOk: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const total = lines.reduce((sum, g) => sum + g.price * cart[g.id], 0);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('points.confirmOk')}
      okButtonProps={{ 'data-testid': 'redeem-confirm' }}
      confirmLoading={pending}
      onOk={onOk}
      onCancel={onCancel}
    >
      {holder && <Typography.Paragraph strong>{holder}</Typography.Paragraph>}
      {lines.map((g) => (
        <Flex key={g.id} justify="space-between">
          <span>
            {g.name} × {cart[g.id]}
            {g.unit}
          </span>
          <span>{g.price * cart[g.id]}</span>
        </Flex>
      ))}
      <Typography.Paragraph strong style={{ marginTop: 8 }}>
        {t('points.total', { total })}
        {balance !== undefined && ` · ${t('points.balanceAfter', { balance: balance - total })}`}
      </Typography.Paragraph>
    </Modal>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { useErrorText } from '../../../app/errors';
import { econAssetsKey } from './api';

export const THIS_YEAR = new Date().getFullYear();
export const YEARS = Array.from({ length: 8 }, (_, i) => THIS_YEAR - i);

/** Whether the caller records assets (economy.accounts) and whether it must pick a village first. */
export const useAssetsRole = () => {
  const me = useCurrentUser();
  const level = levelOfCode(me.scopeCode);
  return {
    editable: can(me.role, 'economy.accounts'),
    isVillage: level === 'village' || level === 'group',
    isCounty: level !== 'township' && level !== 'village' && level !== 'group',
  };
};

type Named = { id: string; name: string };

/**
 * Undoable deletes: the row's 删除 asks first; once deleted, a notice above the list offers 撤销
 * (the server keeps the record with deletedAt until restored).
 */
export const useUndoableDelete = (
  remove: (id: string) => Promise<unknown>,
  restore: (id: string) => Promise<unknown>,
) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [deleted, setDeleted] = useState<Named[]>([]);
  const refresh = () => qc.invalidateQueries({ queryKey: econAssetsKey });
  const del = useMutation({ mutationFn: (r: Named) => remove(r.id) });
  const back = useMutation({ mutationFn: (r: Named) => restore(r.id) });

  const button = (r: Named, testId: string) => (
    <Popconfirm
      title={t('econAssets.deleteConfirm', { name: r.name })}
      okButtonProps={{ danger: true, loading: del.isPending }}
      onConfirm={() =>
        del.mutateAsync(r).then(
          () => {
            setDeleted((list) => [...list, r]);
            return refresh();
          },
          (error) => message.error(errorText(error)),
        )
      }
    >
      <Button size="small" danger type="link" data-testid={testId}>
        {t('econAssets.delete')}
      </Button>
    </Popconfirm>
  );

  const notices = (
    <Flex vertical gap={8}>
      {deleted.map((r) => (
        <Alert
          key={r.id}
          type="info"
          showIcon
          title={t('econAssets.deleted', { name: r.name })}
          action={
            <Button
              size="small"
              loading={back.isPending}
              data-testid={`econ-restore-${r.id}`}
              onClick={() =>
                back.mutateAsync(r).then(
                  () => {
                    setDeleted((list) => list.filter((x) => x.id !== r.id));
                    message.success(t('econAssets.restored'));
                    return refresh();
                  },
                  (error) => message.error(errorText(error)),
                )
              }
            >
              {t('econAssets.undo')}
            </Button>
          }
        />
      ))}
    </Flex>
  );
  return { button, notices };
};

import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { alliancesKey, pairingsKey } from './api';

/** Deletes a record and offers 撤销 in the message for a few seconds (the server keeps it, deletedAt). */
export const useUndoableDelete = ({
  remove,
  restore,
  deleted,
}: {
  remove: (id: string) => Promise<unknown>;
  restore: (id: string) => Promise<unknown>;
  deleted: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: pairingsKey }),
      client.invalidateQueries({ queryKey: alliancesKey }),
    ]);
  return async (id: string) => {
    await remove(id);
    await refresh();
    const key = `undo-${id}`;
    const undo = async () => {
      message.destroy(key);
      try {
        await restore(id);
        await refresh();
        message.success(t('econPairings.restored'));
      } catch (error) {
        message.error(errorText(error));
      }
    };
    message.success({
      key,
      duration: 8,
      content: (
        <span>
          {deleted}{' '}
          <Button size="small" type="link" onClick={undo} data-testid={`undo-${id}`}>
            {t('econPairings.undo')}
          </Button>
        </span>
      ),
    });
  };
};

import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { contactsKey } from './api';

/** Deletes a record and offers 撤销 in the message for a few seconds (the server keeps it, deletedAt). */
export const useUndoableDelete = ({
  remove,
  restore,
  deleted,
}: {
  remove: (id: string) => Promise<unknown>;
  restore?: (id: string) => Promise<unknown>;
  deleted: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: contactsKey });
  return async (id: string) => {
    try {
      await remove(id);
    } catch (error) {
      message.error(errorText(error));
      return;
    }
    await refresh();
    const key = `undo-${id}`;
    const undo = async () => {
      message.destroy(key);
      try {
        await restore?.(id);
        await refresh();
        message.success(t('visitsContacts.leaders.restored'));
      } catch (error) {
        message.error(errorText(error));
      }
    };
    message.success({
      key,
      duration: 8,
      content: restore ? (
        <span>
          {deleted}{' '}
          <Button size="small" type="link" onClick={undo} data-testid={`undo-${id}`}>
            {t('visitsContacts.leaders.undo')}
          </Button>
        </span>
      ) : (
        deleted
      ),
    });
  };
};

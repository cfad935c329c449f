import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { Region } from '../../../contracts/api/regions';
import { useErrorText } from '../errors';
import { useFetchChildren } from './region-queries';

/**
 * Children of expanded regions, loaded on demand. Shared by the regions page tree and the region
 * picker so both read the same cache. A failed load shows a message and can be retried by
 * expanding the node again.
 */
export const useLazyRegionTree = () => {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fetchChildren = useFetchChildren();
  const [childrenOf, setChildrenOf] = useState<Record<string, Region[]>>({});

  const load = useCallback(
    async (code: string, fresh = false): Promise<Region[]> => {
      try {
        const items = await fetchChildren(code, fresh);
        setChildrenOf((prev) => ({ ...prev, [code]: items }));
        return items;
      } catch (error) {
        message.error(errorText(error));
        return [];
      }
    },
    [fetchChildren, message, errorText],
  );

  const reset = useCallback(() => setChildrenOf({}), []);

  return { childrenOf, loadedKeys: Object.keys(childrenOf), load, reset };
};

import type { TableRef } from 'antd/es/table';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const SCROLLERS = '.ant-table-content, .ant-table-body';

/**
 * A ref for antd's Table that makes its scrolling area reachable by keyboard while, and only
 * while, it scrolls (WCAG 2.1.1): a named region in the tab order, scrolled with the arrow keys.
 */
export const useKeyboardScroll = () => {
  const { t } = useTranslation();
  const label = t('common.scrollableTable');
  return useCallback(
    (table: TableRef | null) => {
      const root = table?.nativeElement;
      if (!root) return;
      const update = () => {
        for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
          const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
          if (scrolls === el.hasAttribute('tabindex')) continue;
          if (scrolls) {
            el.tabIndex = 0;
            el.setAttribute('role', 'region');
            el.setAttribute('aria-label', label);
          } else {
            el.removeAttribute('tabindex');
            el.removeAttribute('role');
            el.removeAttribute('aria-label');
          }
        }
      };
      update();
      const resized = new ResizeObserver(update);
      resized.observe(root);
      const changed = new MutationObserver(update);
      changed.observe(root, { childList: true, subtree: true });
      return () => {
        resized.disconnect();
        changed.disconnect();
      };
    },
    [label],
  );
};

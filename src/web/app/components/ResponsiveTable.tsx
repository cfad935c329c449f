import { Descriptions, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useIsMobile } from '../layout/use-is-mobile';
import { useKeyboardScroll } from './use-keyboard-scroll';

type Props<T> = TableProps<T> & {
  /**
   * Column keys kept in the row on a phone; the other columns fold into the row's details (the
   * expand button). Default: the first column and `actions`, or the first two without actions.
   */
  phoneColumns?: readonly string[];
};

type Column<T> = ColumnType<T>;
const ACTIONS = 'actions';

const keyOf = <T,>(column: Column<T>, index: number): string =>
  String(column.key ?? (typeof column.dataIndex === 'string' ? column.dataIndex : index));

const valueAt = (record: unknown, path: Column<unknown>['dataIndex']): unknown => {
  if (path === undefined || path === null) return undefined;
  const steps = Array.isArray(path) ? path : [path];
  return steps.reduce<unknown>((at, step) => (at as Record<string, unknown> | undefined)?.[step], record);
};

/** The cell a column renders for a record, as its table would show it. */
const cellOf = <T,>(column: Column<T>, record: T, index: number): ReactNode => {
  const value = valueAt(record, column.dataIndex as Column<unknown>['dataIndex']);
  const out = column.render ? column.render(value, record, index) : value;
  if (out && typeof out === 'object' && 'children' in out && 'props' in out) return out.children as ReactNode;
  return (out ?? '—') as ReactNode;
};

const titleOf = <T,>(column: Column<T>): ReactNode =>
  typeof column.title === 'function' ? column.title({}) : column.title;

/**
 * antd's Table that works on a 375 px phone: a wide table keeps its first column and its actions
 * in the row, and folds the other columns into a details panel under the row (展开), so that no
 * action lies off screen behind a sideways scroll. On wider screens it is the plain table, whose
 * sideways-scrolling area can be reached and scrolled with the keyboard.
 */
export function ResponsiveTable<T extends object>({ phoneColumns, columns = [], ...props }: Props<T>) {
  const isMobile = useIsMobile();
  const ref = useKeyboardScroll();
  if (!isMobile) return <Table<T> ref={ref} columns={columns} {...props} />;

  const flat = columns as Column<T>[];
  const keys = flat.map(keyOf);
  const keep = new Set(phoneColumns ?? (keys.includes(ACTIONS) ? [keys[0], ACTIONS] : keys.slice(0, 2)));
  const shown = flat.filter((_, i) => keep.has(keys[i]!));
  const folded = flat.filter((_, i) => !keep.has(keys[i]!));
  if (folded.length === 0) return <Table<T> ref={ref} columns={columns} {...props} />;

  const own = props.expandable;
  const details = (record: T, index: number, indent: number, expanded: boolean) => (
    <>
      <Descriptions
        size="small"
        column={1}
        items={folded.map((column, i) => ({
          key: keyOf(column, i),
          label: titleOf(column),
          children: cellOf(column, record, index),
        }))}
      />
      {own?.expandedRowRender?.(record, index, indent, expanded)}
    </>
  );
  return (
    <Table<T>
      ref={ref}
      {...props}
      // Without a fixed width the remaining columns wrap their text instead of scrolling.
      scroll={props.scroll?.y ? { y: props.scroll.y } : undefined}
      columns={shown.map(({ fixed: _fixed, ...column }) => column)}
      expandable={{ ...own, expandedRowRender: details, rowExpandable: () => true }}
    />
  );
}

import { DeleteOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { type DisclosureTable, disclosureApi } from './api';

type Props = { value?: DisclosureTable | null; onChange?: (table: DisclosureTable | null) => void };

/**
 * The item's optional table, typed on the page or read from an .xlsx (first sheet, first row the
 * column names). On a phone each row is a small card of labelled fields instead of a wide grid.
 */
export function TableEditor({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const change = (next: DisclosureTable | null) => onChange?.(next);
  const readXlsx = async (file: File) => {
    try {
      change(await disclosureApi.importTable(file));
    } catch (error) {
      message.error(errorText(error));
    }
    return false;
  };
  const importButton = (
    <Upload accept=".xlsx" showUploadList={false} beforeUpload={readXlsx}>
      <Button icon={<FileExcelOutlined />} data-testid="disclosure-table-import">
        {t('disclosure.form.importXlsx')}
      </Button>
    </Upload>
  );
  if (!value)
    return (
      <Flex wrap gap={8}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => change({ columns: ['项目', '金额（元）'], rows: [['', '']] })}
          data-testid="disclosure-table-add"
        >
          {t('disclosure.form.addTable')}
        </Button>
        {importButton}
      </Flex>
    );
  const { columns, rows } = value;
  const setColumn = (j: number, name: string) =>
    change({ columns: columns.map((c, k) => (k === j ? name : c)), rows });
  const setCell = (i: number, j: number, text: string) =>
    change({
      columns,
      rows: rows.map((r, k) => (k === i ? columns.map((_, c) => (c === j ? text : (r[c] ?? ''))) : r)),
    });
  return (
    <Flex vertical gap={8} data-testid="disclosure-table-editor">
      <Flex wrap gap={8}>
        {columns.map((c, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns have no id of their own
          <Flex key={j} gap={4} style={{ width: 'min(100%, 200px)' }}>
            <Input
              aria-label={`${t('disclosure.form.column')} ${j + 1}`}
              value={c}
              onChange={(e) => setColumn(j, e.target.value)}
              data-testid={`disclosure-column-${j}`}
            />
            {columns.length > 1 && (
              <Button
                aria-label={`${t('disclosure.form.removeColumn')} ${c}`}
                icon={<DeleteOutlined />}
                onClick={() =>
                  change({
                    columns: columns.filter((_, k) => k !== j),
                    rows: rows.map((r) => r.filter((_, k) => k !== j)),
                  })
                }
              />
            )}
          </Flex>
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            change({ columns: [...columns, `第${columns.length + 1}列`], rows: rows.map((r) => [...r, '']) })
          }
        >
          {t('disclosure.form.addColumn')}
        </Button>
      </Flex>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
        <Card key={i} size="small" styles={{ body: { padding: 8 } }}>
          <Flex wrap gap={8} align="center">
            {columns.map((c, j) => (
              <Input
                // biome-ignore lint/suspicious/noArrayIndexKey: cells have no id of their own
                key={j}
                aria-label={t('disclosure.form.cell', { row: i + 1, column: c })}
                placeholder={c}
                value={row[j] ?? ''}
                onChange={(e) => setCell(i, j, e.target.value)}
                style={{ width: 'min(100%, 180px)' }}
                data-testid={`disclosure-cell-${i}-${j}`}
              />
            ))}
            <Button
              aria-label={`${t('disclosure.form.removeRow')} ${i + 1}`}
              icon={<DeleteOutlined />}
              onClick={() => change({ columns, rows: rows.filter((_, k) => k !== i) })}
            />
          </Flex>
        </Card>
      ))}
      <Flex wrap gap={8}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => change({ columns, rows: [...rows, columns.map(() => '')] })}
          data-testid="disclosure-row-add"
        >
          {t('disclosure.form.addRow')}
        </Button>
        {importButton}
        <Button danger onClick={() => change(null)}>
          {t('disclosure.form.removeTable')}
        </Button>
      </Flex>
    </Flex>
  );
}

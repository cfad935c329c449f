import { App, Button, Card, Empty, Form, type FormInstance, List, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useErrorText } from '../errors';

type Person = { id: string };

type Props<P extends Person, V> = {
  title: ReactNode;
  extra?: ReactNode;
  /** A small card in a grid of cards (a work team among others). */
  compact?: boolean;
  people: P[];
  /** Shown when nobody is listed. */
  empty: string;
  /** A person's line: name, role, masked phone … */
  line: (person: P) => ReactNode;
  /** Without it the card only lists: no edit, remove or add. */
  mayWrite: boolean;
  edit?: { label: string; onEdit: (person: P) => void; testId: (person: P) => string };
  remove?: { label: string; confirm: (person: P) => string; onRemove: (person: P) => Promise<unknown> };
  /** The inline form that adds a person, below the list. */
  add?: {
    form: FormInstance<V>;
    onFinish: (values: V) => void;
    pending: boolean;
    label: string;
    fields: ReactNode;
  };
  /** Shown above the list. */
  children?: ReactNode;
};

/** A card listing people (网格员, 工作队队员) with edit and confirmed remove, and a line to add one. */
export function RosterCard<P extends Person, V>({
  title,
  extra,
  compact,
  people,
  empty,
  line,
  mayWrite,
  edit,
  remove,
  add,
  children,
}: Props<P, V>) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const actions = (p: P) => [
    ...(mayWrite && edit
      ? [
          <Button
            key="edit"
            type="link"
            size="small"
            onClick={() => edit.onEdit(p)}
            data-testid={edit.testId(p)}
          >
            {edit.label}
          </Button>,
        ]
      : []),
    ...(mayWrite && remove
      ? [
          <Popconfirm
            key="remove"
            title={remove.confirm(p)}
            onConfirm={() => {
              // Not returned: the confirmation closes at once, as the other removals do.
              void remove.onRemove(p).catch((e) => message.error(errorText(e)));
            }}
          >
            <Button type="link" danger size="small">
              {remove.label}
            </Button>
          </Popconfirm>,
        ]
      : []),
  ];
  return (
    <Card size={compact ? 'small' : undefined} title={title} extra={extra}>
      {children}
      {people.length === 0 ? (
        <Empty image={compact ? Empty.PRESENTED_IMAGE_SIMPLE : undefined} description={empty} />
      ) : (
        <List
          size="small"
          dataSource={people}
          renderItem={(p) => <List.Item actions={actions(p)}>{line(p)}</List.Item>}
        />
      )}
      {mayWrite && add && (
        <Form
          form={add.form}
          layout="inline"
          onFinish={add.onFinish}
          style={{ marginTop: compact ? 8 : 12, rowGap: 8 }}
        >
          {add.fields}
          <Button htmlType="submit" loading={add.pending}>
            {add.label}
          </Button>
        </Form>
      )}
    </Card>
  );
}

import { Tag } from 'antd';

// A village's tier (档次) as a tag: the weak tiers in warm colours, the strong ones in cool.

const COLOURS: Record<string, string> = {
  T0: 'red',
  T1: 'volcano',
  T2: 'orange',
  T3: 'gold',
  T4: 'green',
  T5: 'cyan',
  T6: 'blue',
};

export function TierTag({ code, label }: { code: string; label: string }) {
  return (
    <Tag color={COLOURS[code]} title={label} data-testid="tier-tag">
      {code} {label}
    </Tag>
  );
}

import { Tag, Typography } from 'antd';
import { useCurrentUser } from '../auth';
import { useLabels } from '../labels';

/** Name, role and scope; the phone drawer shows it because the narrow header has no room. */
export function UserSummary() {
  const labels = useLabels();
  const me = useCurrentUser();
  return (
    <div data-testid="drawer-user">
      <Typography.Text strong>{me.displayName}</Typography.Text>
      <div style={{ marginTop: 4 }}>
        <Tag color="red">{labels.role(me.role)}</Tag>
        <Typography.Text type="secondary">{me.scopeName}</Typography.Text>
      </div>
    </div>
  );
}

import { Badge, Flex, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth';
import { usePendingByPath } from '../home/use-home';
import { navKeyOf, useNavItems } from './nav-items';

/** The navigation menu, used in the desktop sider and in the phone drawer. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const items = useNavItems(me);
  const pending = usePendingByPath();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <nav aria-label={t('nav.menu')}>
      <Menu
        mode="inline"
        selectedKeys={[navKeyOf(location.pathname)]}
        style={{ borderInlineEnd: 'none' }}
        items={items.map((item) => ({
          key: item.path,
          icon: item.icon,
          label: (
            <Flex justify="space-between" align="center" gap={4}>
              <span data-testid={item.testId} data-path={item.path}>
                {item.label}
              </span>
              {(pending.get(item.path) ?? 0) > 0 && (
                <Badge
                  count={pending.get(item.path)}
                  overflowCount={99}
                  color="#c41d1d"
                  data-testid={`badge-${item.path.slice(1)}`}
                />
              )}
            </Flex>
          ),
        }))}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}

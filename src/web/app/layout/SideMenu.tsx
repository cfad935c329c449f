import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth';
import { navKeyOf, useNavItems } from './nav-items';

/** The navigation menu, used in the desktop sider and in the phone drawer. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const items = useNavItems(me);
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
          label: <span data-testid={item.testId}>{item.label}</span>,
        }))}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}

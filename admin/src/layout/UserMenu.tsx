import PasswordIcon from '@mui/icons-material/Password';
import { ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { LinkBase, Logout, UserMenu, usePermissions, useTranslate, useUserMenu } from 'react-admin';
import type { Permissions } from '../providers/can-access.js';

/** The roles of the signed-in account, each with the unit it is held over. */
const RolesSummary = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (!permissions) return null;
  return (
    <Typography component="div" variant="body2" sx={{ px: 2, py: 1, color: 'text.secondary', maxWidth: 360 }} aria-label={translate('app.auth.roles')}>
      {permissions.grants.length === 0
        ? translate('app.auth.noRoles')
        : permissions.grants.map((g) => (
            <div key={`${g.role}-${g.unitId}`}>
              {translate('app.auth.roleOver', { role: translate(`enums.Role.${g.role}`), unit: g.unitName ?? `#${g.unitId}` })}
            </div>
          ))}
    </Typography>
  );
};

const ChangePasswordMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={LinkBase} to="/change-password" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.password.menu')}</ListItemText>
    </MenuItem>
  );
};

/** The signed-in person's name (react-admin shows it), their roles, password change and logout. */
export const PanelUserMenu = () => (
  <UserMenu>
    <RolesSummary />
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);

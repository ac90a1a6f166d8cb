import AccountIcon from '@mui/icons-material/ManageAccounts';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const AccountCreate = lazyPage(() => import('./AccountCreate.js'), 'AccountCreate');
const AccountEdit = lazyPage(() => import('./AccountEdit.js'), 'AccountEdit');
const AccountList = lazyPage(() => import('./AccountList.js'), 'AccountList');

/** Sign-in accounts, managed by administrators; the edit page holds the roles. */
export default {
  list: AccountList,
  edit: AccountEdit,
  create: AccountCreate,
  icon: AccountIcon,
  recordRepresentation: (record: RaRecord) => record.username,
};

/** Roles are listed and granted on their account's page; registered for references and deletion. */
export const accountRoleResource = {
  recordRepresentation: (record: RaRecord) => `${record.role} #${record.unitId}`,
};

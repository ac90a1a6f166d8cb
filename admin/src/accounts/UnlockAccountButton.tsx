import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../providers/index.js';

/**
 * "Mở khóa": lifts the lock that wrong passwords put on an account, from every address, so that
 * a person who remembered their password need not wait the 15 minutes. Shown while a lock is recorded.
 */
export const UnlockAccountButton = () => {
  const account = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [saving, setSaving] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'Account', action: 'unlock', record: account });
  if (!account?.lockedUntil || !canAccess) return null;
  const unlock = async () => {
    setSaving(true);
    try {
      await dataProvider.unlockAccount({ id: account.id });
      notify('app.account.unlock.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Button label="app.account.unlock.button" onClick={unlock} disabled={saving}>
      <LockOpenIcon />
    </Button>
  );
};

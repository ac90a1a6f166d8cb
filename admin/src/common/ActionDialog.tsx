import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { Form, useNotify, useRefresh, useTranslate } from 'react-admin';

/** The values of a dialog's form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FieldValues = Record<string, any>;

interface ActionDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  /** The operation; its failure is shown with the server's message and keeps the dialog open. */
  run: (values: FieldValues) => Promise<unknown>;
  doneMessage: string;
  defaultValues?: FieldValues;
  children: ReactNode;
}

/**
 * A dialog holding a small form for one operation (report on a task, accept, return, grant a
 * role, reset a password). On success it tells the user, closes and refreshes the page so that
 * the record, its lists and its history show the change.
 */
export const ActionDialog = ({ open, onClose, title, intro, submitLabel, run, doneMessage, defaultValues, children }: ActionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const submit = async (values: FieldValues) => {
    setSaving(true);
    try {
      await run(values);
      notify(doneMessage, { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={open} onClose={saving ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form onSubmit={submit} defaultValues={defaultValues} record={{}}>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>
          {intro && <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {translate(submitLabel)}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};

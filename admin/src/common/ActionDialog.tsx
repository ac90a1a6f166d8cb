import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
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
  /** Also show a refusal inside the dialog, next to the form it is about (not only as a notification). */
  showError?: boolean;
  children: ReactNode;
}

/**
 * A dialog holding a small form for one operation (report on a task, accept, return, grant a
 * role, reset a password). On success it tells the user, closes and refreshes the page so that
 * the record, its lists and its history show the change.
 */
export const ActionDialog = ({ open, onClose, title, intro, submitLabel, run, doneMessage, defaultValues, showError, children }: ActionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const titleId = useId();
  const close = () => {
    setRefusal(null);
    onClose();
  };
  const submit = async (values: FieldValues) => {
    setSaving(true);
    setRefusal(null);
    try {
      await run(values);
      notify(doneMessage, { type: 'success' });
      close();
      refresh();
    } catch (error) {
      const message = (error as Error).message || 'ra.notification.http_error';
      if (showError) setRefusal(message);
      notify(message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={open} onClose={saving ? undefined : close} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form onSubmit={submit} defaultValues={defaultValues} record={{}}>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>
          {intro && <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>}
          {refusal && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate(refusal, { _: refusal })}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={saving}>
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

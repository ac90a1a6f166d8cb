import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { LinkBase, useResourceContext, useShowContext, useTranslate } from 'react-admin';

/**
 * Shown in place of a record the server would not give: one outside the person's scope answers
 * NOT_FOUND, exactly like one that does not exist, so ids cannot be probed. The server's own
 * sentence says which.
 */
export const NotAvailable = () => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { error } = useShowContext();
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="warning" role="alert">
        <AlertTitle>{translate('app.notAvailable.title')}</AlertTitle>
        {(error as Error | null)?.message || translate('ra.notification.item_doesnt_exist')}
      </Alert>
      <Button component={LinkBase} to={`/${resource}`} sx={{ mt: 2 }}>
        {translate('app.notAvailable.back')}
      </Button>
    </Box>
  );
};

/** Show options that keep a refused record on its page, with the message, rather than jumping to the list. */
export const showInPlaceOnError = { onError: () => undefined } as const;

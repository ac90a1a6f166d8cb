import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { downloadFile } from './download.js';
import type { FileContent } from './report-operations.js';

/** A button that asks the server for a file and offers it; its error shown beside it. */
export const DownloadButton = ({ label, load, disabled }: { label: string; load: () => Promise<{ data: FileContent }>; disabled?: boolean }) => {
  const translate = useTranslate();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  const run = async () => {
    setState({ pending: true });
    try {
      downloadFile((await load()).data);
      setState({ pending: false });
    } catch (e) {
      setState({ pending: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Box>
      <Button variant="contained" startIcon={<DownloadIcon />} onClick={run} disabled={disabled || state.pending}>
        {state.pending ? translate('app.reports.preparing') : translate(label)}
      </Button>
      {state.error && <Alert severity="error" sx={{ mt: 1 }}>{state.error}</Alert>}
    </Box>
  );
};


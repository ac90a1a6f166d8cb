import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useTranslate, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../providers/index.js';
import { downloadBase64 } from './levels.js';

/** "Tải bảng xếp loại": the cycle's xlsx (of one unit when one is chosen), as the server builds it. */
export const ExportRatingsButton = ({ cycleId, unitId }: { cycleId: Identifier; unitId?: Identifier | null }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'EvaluationCycle', action: 'export' });
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;
  const run = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.evaluationExport({ cycleId, unitId });
      downloadBase64(data);
      notify('app.evaluation.exported', { type: 'success', messageArgs: { name: data.fileName } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.evaluation.exportXlsx" onClick={run} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
};

/**
 * "In phiếu đánh giá": the server's print-ready form shown in the page (a sandboxed frame, so the
 * form's own styles apply and nothing of it runs), with a button that prints just the form.
 */
export const PrintFormButton = ({ evaluationId, label = 'app.evaluation.printForm' }: { evaluationId: Identifier; label?: string }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [html, setHtml] = useState<string | null>(null);
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const open = async () => {
    try {
      setHtml((await dataProvider.evaluationForm({ id: evaluationId })).data);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label={label} onClick={open} size="small">
        <PrintIcon />
      </Button>
      <Dialog open={html !== null} onClose={() => setHtml(null)} fullWidth maxWidth="md" aria-label={translate('app.evaluation.printTitle')}>
        <DialogTitle>{translate('app.evaluation.printTitle')}</DialogTitle>
        <DialogContent>
          <Box
            component="iframe"
            ref={setFrame}
            title={translate('app.evaluation.printTitle')}
            srcDoc={html ?? ''}
            sandbox="allow-modals allow-same-origin"
            sx={{ width: '100%', height: '70vh', border: '1px solid', borderColor: 'divider' }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setHtml(null)}>{translate('app.evaluation.closePrint')}</MuiButton>
          <MuiButton variant="contained" onClick={() => frame?.contentWindow?.print()}>
            {translate('app.evaluation.print')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

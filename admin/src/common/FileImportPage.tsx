import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/UploadFile';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import type { ImportReport } from '../providers/kpi-operations.js';
import type { FileContent } from '../reports/report-operations.js';
import { downloadBase64, readAsBase64 } from './file-base64.js';

type Stage = 'idle' | 'reading' | 'sending' | 'processing' | 'done';

export interface FileImportProps {
  /** Translation keys of the page's heading and its explanation. */
  title: string;
  intro: string;
  /** The templates offered, each a label (translation key) and how to fetch it. */
  templates: Array<{ label: string; load: () => Promise<FileContent> }>;
  /** Sends the file; the server checks every row and saves all of them or none. */
  run: (file: { fileName: string; content: string }) => Promise<ImportReport>;
}

/**
 * Importing rows from a CSV or XLSX file (KPI results, tasks): the template from the server, the
 * file read and sent in base64, then either the number of rows saved or every problem with its
 * row and column.
 */
export const FileImportPage = ({ title, intro, templates, run }: FileImportProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.import.${key}`, args);

  const template = async (load: () => Promise<FileContent>) => {
    try {
      const data = await load();
      downloadBase64(data.fileName, data.mimeType, data.base64);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setReport(null);
    setStage('idle');
  };

  const upload = async () => {
    if (!file) return;
    setReport(null);
    try {
      setStage('reading');
      const content = await readAsBase64(file);
      setStage('sending');
      const call = run({ fileName: file.name, content });
      // The request is on its way; what remains is the server checking the file.
      setTimeout(() => setStage((s) => (s === 'sending' ? 'processing' : s)), 300);
      const data = await call;
      setReport(data);
      setStage('done');
    } catch (error) {
      setStage('idle');
      notify((error as Error).message, { type: 'error' });
    }
  };

  const busy = stage === 'reading' || stage === 'sending' || stage === 'processing';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={title} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate(title)}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate(intro)}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 3 }} role="group" aria-label={t('template')}>
          {templates.map(({ label, load }) => (
            <Button key={label} variant="outlined" startIcon={<DownloadIcon />} onClick={() => template(load)}>
              {translate(label)}
            </Button>
          ))}
        </Box>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button variant="outlined" component="label" disabled={busy}>
            {t('choose')}
            <input hidden type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={choose} aria-label={t('choose')} />
          </Button>
          {file && <Typography variant="body2">{t('chosen', { name: file.name })}</Typography>}
          <Button variant="contained" startIcon={<UploadIcon />} disabled={!file || busy} onClick={upload}>
            {t('upload')}
          </Button>
        </Box>
        {busy && (
          <Box sx={{ mt: 2 }} role="status" aria-live="polite">
            <Typography variant="body2" gutterBottom>
              {t(stage)}
            </Typography>
            <LinearProgress
              aria-label={t(stage)}
              variant={stage === 'processing' ? 'indeterminate' : 'determinate'}
              value={stage === 'reading' ? 20 : 60}
            />
          </Box>
        )}
        {report && <Report report={report} />}
      </CardContent>
    </Card>
  );
};

const Report = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.import.${key}`, args);
  if (report.saved) {
    return (
      <Alert severity="success" sx={{ mt: 2 }}>
        {t('saved', { smart_count: report.imported })}
      </Alert>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>{t('notSaved')}</AlertTitle>
      </Alert>
      <Box component="section" aria-label={t('issues')}>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('issues')}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('row')}</TableCell>
              <TableCell>{t('column')}</TableCell>
              <TableCell>{t('reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.issues.map((issue, i) => (
              <TableRow key={i}>
                <TableCell>{issue.row}</TableCell>
                <TableCell>{issue.column ?? '—'}</TableCell>
                <TableCell>{issue.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};

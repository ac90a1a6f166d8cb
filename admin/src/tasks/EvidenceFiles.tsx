import AttachIcon from '@mui/icons-material/AttachFile';
import { Box, Button, Link, Stack, Typography } from '@mui/material';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { formatNumber } from '../common/format.js';
import { readAsBase64 } from '../common/file-base64.js';
import type { AppDataProvider } from '../providers/index.js';
import { downloadFile } from '../reports/download.js';
import type { EvidenceFile } from '../reports/report-operations.js';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.doc,.xls,.odt,.ods';

interface Files {
  files: EvidenceFile[];
  reload: () => void;
  /** Who may report progress on the task may attach files (as the server judges). */
  canAttach: boolean;
}
const FilesContext = createContext<Files>({ files: [], reload: () => undefined, canAttach: false });

/** Loads the evidence files of a task once, for every progress report shown under it. */
export const EvidenceFilesProvider = ({ task, children }: { task: RaRecord; children: ReactNode }) => {
  const taskId = String(task.id);
  const { canAccess: canAttach = false } = useCanAccess({ resource: 'Task', action: 'attach', record: task });
  const dataProvider = useDataProvider<AppDataProvider>();
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    dataProvider.evidenceFiles({ taskId }).then(({ data }) => current && setFiles(data), () => current && setFiles([]));
    return () => {
      current = false;
    };
  }, [dataProvider, taskId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return <FilesContext.Provider value={{ files, reload, canAttach }}>{children}</FilesContext.Provider>;
};

function size(bytes: number, locale: string): string {
  return bytes < 1024 * 1024 ? `${formatNumber(Math.ceil(bytes / 1024), locale)} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', locale === 'vi' ? ',' : '.')} MB`;
}

/** The files of one progress report (each downloadable) and a button to attach another. */
export const EvidenceFilesCell = () => {
  const update = useRecordContext();
  const { files, reload, canAttach } = useContext(FilesContext);
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  if (!update) return null;
  const mine = files.filter((f) => String(f.taskUpdateId) === String(update.id));
  const attach = async (file: File | undefined) => {
    if (!file) return;
    setPending(true);
    try {
      await dataProvider.attachEvidenceFile({ taskUpdateId: String(update.id), fileName: file.name, base64: await readAsBase64(file) });
      notify('app.evidence.attached', { type: 'success', messageArgs: { name: file.name } });
      reload();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setPending(false);
      if (input.current) input.current.value = '';
    }
  };
  const download = async (f: EvidenceFile) => {
    try {
      downloadFile((await dataProvider.evidenceFileContent({ id: f.id })).data);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
  };
  return (
    <Stack spacing={0.5} onClick={(e) => e.stopPropagation()}>
      {mine.map((f) => (
        <Typography key={f.id} variant="body2">
          <Link component="button" type="button" onClick={() => download(f)} title={`SHA-256 ${f.sha256}`}>{f.fileName}</Link>{' '}
          <Typography component="span" variant="caption" color="text.secondary">({size(f.size, locale)})</Typography>
        </Typography>
      ))}
      {canAttach && (
      <Box>
        <input ref={input} type="file" accept={ACCEPT} hidden aria-label={translate('app.evidence.choose')}
          onChange={(e) => void attach(e.target.files?.[0])} data-testid={`evidence-input-${update.id}`} />
        <Button size="small" startIcon={<AttachIcon />} disabled={pending} onClick={() => input.current?.click()}>
          {translate('app.evidence.attach')}
        </Button>
      </Box>
      )}
    </Stack>
  );
};

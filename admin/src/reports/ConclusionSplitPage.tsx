import SplitIcon from '@mui/icons-material/CallSplit';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput, AutocompleteInput, Form, HttpError, ReferenceInput, ResourceContextProvider, SaveButton, SimpleFormIterator, TextInput, Title, required, useDataProvider,
  useNotify, useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { todayInVietnam } from '../common/format.js';
import { LocalDateInput } from '../common/inputs.js';
import type { AppDataProvider } from '../providers/index.js';
import type { ConclusionInput, DirectiveProposal } from './report-operations.js';

interface FormValues {
  number?: string;
  title?: string;
  issuedOn?: string;
  issuingUnitId?: string;
  summary?: string;
  text?: string;
  directives?: Array<{ text: string; tasks?: Array<{ title: string; leadUnitId?: string | null; deadline?: string | null; coordinatingUnitIds?: string[] }> }>;
}

/** Asks the server for the directives of the pasted text and puts them in the form, to correct. */
const SplitButton = ({ onError }: { onError: (message: string | null) => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { getValues, setValue } = useFormContext<FormValues>();
  const [pending, setPending] = useState(false);
  const split = async () => {
    const text = getValues('text') ?? '';
    if (!text.trim()) return onError(translate('app.conclusion.pasteFirst'));
    setPending(true);
    onError(null);
    try {
      const { data } = await dataProvider.splitConclusion({ text });
      setValue('directives', data.map((d: DirectiveProposal) => ({
        text: d.text,
        tasks: d.tasks.map((task) => ({ title: task.title, leadUnitId: task.leadUnitId, deadline: task.deadline, coordinatingUnitIds: task.coordinatingUnitIds })),
      })), { shouldDirty: true });
      if (!data.length) onError(translate('app.conclusion.noneFound'));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="outlined" startIcon={<SplitIcon />} onClick={split} disabled={pending}>
      {translate('app.conclusion.split')}
    </Button>
  );
};

/** The server's errors, each with the field it names. */
function errorLines(error: unknown, translate: (key: string) => string): string[] {
  if (!(error instanceof HttpError)) return [error instanceof Error ? error.message : String(error)];
  const fields = (error.body as { errors?: Record<string, unknown> } | undefined)?.errors;
  if (!fields) return [error.message];
  return Object.entries(fields)
    .filter(([field]) => field !== 'root')
    .map(([field, message]) => `${translate('app.conclusion.field')} ${field}: ${String(message)}`);
}

/**
 * A conclusion pasted as text: the server proposes its directives and a task per directive with
 * the units named in it; the leader corrects them and creates the document, its directives and
 * their tasks in one call (all or nothing).
 */
export const ConclusionSplitPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<string[]>([]);
  const t = (key: string) => `app.conclusion.${key}`;
  const submit = async (values: Record<string, unknown>) => {
    const v = values as FormValues;
    setErrors([]);
    const input: ConclusionInput = {
      number: v.number ?? '', title: v.title ?? '', issuedOn: v.issuedOn ?? '', issuingUnitId: String(v.issuingUnitId ?? ''), summary: v.summary,
      directives: (v.directives ?? []).map((d, i) => ({
        number: i + 1,
        text: d.text,
        tasks: (d.tasks ?? []).map((task) => ({
          title: task.title, leadUnitId: String(task.leadUnitId ?? ''), deadline: task.deadline || null, coordinatingUnitIds: task.coordinatingUnitIds ?? [],
        })),
      })),
    };
    try {
      const { data } = await dataProvider.createConclusionTasks(input);
      notify('app.conclusion.created', { type: 'success' });
      navigate(`/Document/${data.id}/show`);
      return undefined;
    } catch (e) {
      setErrors(errorLines(e, translate));
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
      const fields = e instanceof HttpError ? (e.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
      return fields;
    }
  };
  return (
    // The form's iterators name their inputs after a resource: the document being created.
    <ResourceContextProvider value="Document">
    <Box sx={{ mt: 2 }}>
      <Title title={translate(t('title'))} />
      <Form onSubmit={submit} defaultValues={{ issuedOn: todayInVietnam(), directives: [] }} record={{}}>
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
              <Box sx={{ width: 200 }}><TextInput source="number" label={t('number')} validate={required()} /></Box>
              <Box sx={{ width: 170 }}><LocalDateInput source="issuedOn" label={t('issuedOn')} validate={required()} /></Box>
              <Box sx={{ width: 380 }}>
                <ReferenceInput source="issuingUnitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }}>
                  <AutocompleteInput label={t('issuingUnit')} validate={required()} />
                </ReferenceInput>
              </Box>
            </Box>
            <TextInput source="title" label={t('docTitle')} validate={required()} fullWidth />
            <TextInput source="text" label={t('text')} helperText={t('textHint')} multiline minRows={5} fullWidth />
            <SplitButtonHolder />
          </CardContent>
        </Card>
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{translate(t('directives'))}</Typography>
            <ArrayInput source="directives" label={false}>
              <SimpleFormIterator fullWidth disableReordering>
                <TextInput source="text" label={t('directiveText')} multiline fullWidth validate={required()} />
                <ArrayInput source="tasks" label={t('tasks')}>
                  <SimpleFormIterator inline disableReordering>
                    <TextInput source="title" label={t('taskTitle')} validate={required()} sx={{ minWidth: 360 }} />
                    <ReferenceInput source="leadUnitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }}>
                      <AutocompleteInput label={t('leadUnit')} validate={required()} sx={{ minWidth: 280 }} />
                    </ReferenceInput>
                    <LocalDateInput source="deadline" label={t('deadline')} />
                  </SimpleFormIterator>
                </ArrayInput>
              </SimpleFormIterator>
            </ArrayInput>
            {errors.length > 0 && (
              <Alert severity="error" sx={{ my: 2 }} role="alert">
                {errors.map((line) => <div key={line}>{line}</div>)}
              </Alert>
            )}
            <SaveButton label={t('create')} alwaysEnable />
          </CardContent>
        </Card>
      </Form>
    </Box>
    </ResourceContextProvider>
  );
};

const SplitButtonHolder = () => {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
      <SplitButton onError={setMessage} />
      {message && <Alert severity="warning">{message}</Alert>}
    </Box>
  );
};

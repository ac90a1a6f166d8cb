import { Box, Button, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput, DataTable, Form, ReferenceField, ReferenceInput, ReferenceManyField, TextField, useCanAccess, useCreate, useDelete,
  useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { formatDecimal2 } from '../kpi-results/kpi-format.js';

/** A rate in % as the server takes it: "100" or "92,5" (two decimals at most). */
const asDecimal = (text: string) => text.trim().replace(',', '.');

const Rate = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  return <Typography variant="body2">{record?.[source] == null ? '—' : `${formatDecimal2(String(record[source]), locale)}%`}</Typography>;
};

const RemoveTarget = () => {
  const target = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [remove, { isPending }] = useDelete();
  if (!target) return null;
  return (
    <Button size="small" color="error" disabled={isPending} onClick={() => remove('TaskIndicatorTarget', { id: target.id, previousData: target }, {
      onSuccess: () => { notify('app.kpi.targets.removed', { type: 'info' }); refresh(); },
      onError: (e: unknown) => notify((e as Error).message, { type: 'error' }),
    })}>
      {translate('app.kpi.targets.remove')}
    </Button>
  );
};

/** Ties a task to the indicators it is meant to move, with a target rate and a baseline. */
const AddTarget = ({ taskId }: { taskId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const [target, setTarget] = useState('100');
  const [baseline, setBaseline] = useState('');
  return (
    <Form onSubmit={(values: Record<string, unknown>) => create('TaskIndicatorTarget', { data: { taskId, indicatorId: values.indicatorId, target: asDecimal(target), baseline: baseline ? asDecimal(baseline) : null } }, {
      onSuccess: () => { notify('app.kpi.targets.added', { type: 'info' }); refresh(); },
      onError: (e: unknown) => notify((e as Error).message, { type: 'error' }),
    })}>
      <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: "center" }}>
        <Box sx={{ minWidth: 320 }}>
          <ReferenceInput source="indicatorId" reference="Indicator" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
            <AutocompleteInput optionText={(i: { code: string; nameVi: string }) => `${i.code} — ${i.nameVi}`} label="resources.TaskIndicatorTarget.fields.indicatorId" helperText={false} />
          </ReferenceInput>
        </Box>
        <MuiTextField size="small" label={translate('resources.TaskIndicatorTarget.fields.target')} value={target} onChange={(e) => setTarget(e.target.value)} />
        <MuiTextField size="small" label={translate('resources.TaskIndicatorTarget.fields.baseline')} value={baseline} onChange={(e) => setBaseline(e.target.value)} />
        <Button type="submit" variant="outlined" disabled={isPending} sx={{ whiteSpace: "nowrap", flexShrink: 0 }}>{translate('app.kpi.targets.add')}</Button>
      </Stack>
    </Form>
  );
};

export const TaskIndicatorTargets = () => {
  const task = useRecordContext();
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'TaskIndicatorTarget', action: 'create', record: task });
  if (!task) return null;
  return (
    <>
      <ReferenceManyField reference="TaskIndicatorTarget" target="taskId" perPage={50}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">{translate('app.kpi.targets.none')}</Typography>}>
          <DataTable.Col source="indicatorId" disableSort>
            <ReferenceField source="indicatorId" reference="Indicator" link={false}>
              <TextField source="code" /> — <TextField source="nameVi" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col source="target" disableSort align="right" field={Rate} />
          <DataTable.Col source="baseline" disableSort align="right" field={Rate} />
          {canCreate ? <DataTable.Col label=" " disableSort><RemoveTarget /></DataTable.Col> : null}
        </DataTable>
      </ReferenceManyField>
      {canCreate ? <AddTarget taskId={String(task.id)} /> : null}
    </>
  );
};

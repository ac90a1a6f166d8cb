import { Box, Card, CardContent, CardHeader, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { RecordContextProvider, ReferenceField, useCreatePath, useTranslate, type RaRecord } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatLocalDate } from '../common/format.js';
import { TimelinessChip } from '../tasks/TimelinessChip.js';

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * A short list of tasks on a home page: title (opening the task), lead unit, deadline, the
 * deadline chip, and an optional action per row. Headed `title (n)`, with a sentence when empty.
 */
export const TaskBriefTable = ({
  title, tasks, total, empty, action, more,
}: { title: string; tasks: RaRecord[]; total?: number; empty: string; action?: ReactNode; more?: ReactNode }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const count = total ?? tasks.length;
  return (
    <Card component="section" aria-label={title}>
      <CardHeader title={`${title} (${count})`} slotProps={{ title: { component: 'h2', variant: 'h6' } }} sx={{ pb: 0 }} />
      <CardContent sx={{ pt: 1 }}>
        {tasks.length === 0 ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Task.fields.title')}</TableCell>
                <TableCell>{translate('resources.Task.fields.leadUnitId')}</TableCell>
                <TableCell>{translate('resources.Task.fields.deadline')}</TableCell>
                <TableCell>{translate('resources.Task.fields.timeliness')}</TableCell>
                {action && <TableCell><Box component="span" sx={VISUALLY_HIDDEN}>{translate('app.home.actions')}</Box></TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {tasks.map((task) => (
                <RecordContextProvider key={task.id} value={task}>
                  <TableRow>
                    <TableCell>
                      <Link component={RouterLink} to={createPath({ resource: 'Task', id: task.id, type: 'show' })}>
                        {task.title}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <ReferenceField source="leadUnitId" reference="Unit" link={false} />
                    </TableCell>
                    <TableCell>{task.deadline ? formatLocalDate(task.deadline) : '—'}</TableCell>
                    <TableCell>
                      <TimelinessChip />
                    </TableCell>
                    {action && <TableCell align="right">{action}</TableCell>}
                  </TableRow>
                </RecordContextProvider>
              ))}
            </TableBody>
          </Table>
        )}
        {more}
      </CardContent>
    </Card>
  );
};

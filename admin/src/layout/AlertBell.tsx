import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button, Divider, IconButton, List, ListItemButton, ListItemText, Popover, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { AppDataProvider } from '../providers/index.js';
import type { AlertRecord } from '../providers/panel-operations.js';

/** Alerts are computed by the server on the Vietnam calendar; the bell asks again every few minutes. */
const REFRESH_MS = 5 * 60_000;
const SHOWN = 20;

/** Where an alert leads: its task, the person's evaluation, or the cycle's board. */
function targetOf(alert: AlertRecord): string | null {
  if (alert.taskId) return `/Task/${alert.taskId}/show`;
  if (alert.kind === 'EVALUATION_SELF_ASSESS') return '/my-evaluation';
  if (alert.evaluationCycleId) return `/EvaluationCycle/${alert.evaluationCycleId}/show`;
  return null;
}

/**
 * The bell of the app bar: the number of unread alerts, and the list of them (most urgent
 * first); opening one marks it read, and "mark all read" clears the count.
 */
export const AlertBell = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data: answer } = useQuery({
    queryKey: ['Alert', 'unread'],
    queryFn: () => dataProvider.unreadAlerts({ perPage: SHOWN }),
    refetchInterval: REFRESH_MS,
    retry: false,
  });
  const data = answer?.data ?? [];
  const total = answer?.total ?? 0;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['Alert'] });
  const open = async (alert: AlertRecord) => {
    setAnchor(null);
    const to = targetOf(alert);
    if (to) navigate(to);
    try {
      await dataProvider.markAlertsRead({ ids: [String(alert.id)] });
    } finally {
      void refresh();
    }
  };
  const markAll = async () => {
    try {
      await dataProvider.markAllAlertsRead();
      notify('app.alerts.allRead', { type: 'info' });
    } finally {
      void refresh();
    }
  };
  const label = translate('app.alerts.label', { smart_count: total });
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} aria-haspopup="dialog" onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={total} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': translate('app.alerts.title'), sx: { width: 420, maxWidth: '95vw' } } }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
          <Typography variant="subtitle1" component="h2">
            {translate('app.alerts.title')}
          </Typography>
          {total > 0 && (
            <Button size="small" onClick={markAll}>
              {translate('app.alerts.markAll')}
            </Button>
          )}
        </Box>
        <Divider />
        {data.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('app.alerts.none')}
          </Typography>
        ) : (
          <List dense disablePadding aria-label={translate('app.alerts.title')}>
            {data.map((alert) => (
              <ListItemButton key={alert.id} onClick={() => void open(alert)} divider>
                <ListItemText
                  primary={alert.message}
                  secondary={alert.reason ?? undefined}
                  slotProps={{ primary: { color: alert.kind === 'OVERDUE' ? 'error' : undefined } }}
                />
              </ListItemButton>
            ))}
          </List>
        )}
        {total > data.length && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
            {translate('app.alerts.more', { smart_count: total - data.length })}
          </Typography>
        )}
      </Popover>
    </>
  );
};

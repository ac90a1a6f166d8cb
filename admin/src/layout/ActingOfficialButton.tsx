import PersonIcon from '@mui/icons-material/Person';
import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState, useSyncExternalStore } from 'react';
import { useGetList, useGetOne, useTranslate, type RaRecord } from 'react-admin';
import { getActingOfficialId, setActingOfficialId, subscribeActingOfficial } from '../providers/acting-official.js';

/**
 * "Acting as": until accounts exist, the user says which official they are; requests carry it
 * in `X-Acting-Official` and the server writes it into the history.
 */
export const ActingOfficialButton = () => {
  const translate = useTranslate();
  const actingId = useSyncExternalStore(subscribeActingOfficial, getActingOfficialId);
  const [open, setOpen] = useState(false);
  const { data: acting } = useGetOne<RaRecord>('Official', { id: actingId ?? '' }, { enabled: !!actingId });
  const { data: officials = [], isPending } = useGetList<RaRecord>(
    'Official',
    { pagination: { page: 1, perPage: 1000 }, sort: { field: 'fullName', order: 'ASC' } },
    { enabled: open },
  );
  const label = actingId ? `${translate('app.acting.label')}: ${acting?.fullName ?? `#${actingId}`}` : translate('app.acting.none');
  return (
    <>
      <Button color="inherit" startIcon={<PersonIcon />} onClick={() => setOpen(true)} sx={{ textTransform: 'none' }}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.acting.choose')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('app.acting.help')}</DialogContentText>
          <Autocomplete
            options={officials}
            loading={isPending}
            value={officials.find((o) => String(o.id) === actingId) ?? null}
            getOptionLabel={(o) => `${o.fullName}${o.currentPosition ? ` — ${o.currentPosition}` : ''}`}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            onChange={(_e, official) => {
              setActingOfficialId(official ? String(official.id) : null);
              if (official) setOpen(false);
            }}
            renderInput={(params) => <TextField {...params} autoFocus label={translate('app.acting.search')} />}
          />
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              setActingOfficialId(null);
              setOpen(false);
            }}
          >
            {translate('app.acting.clear')}
          </Button>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

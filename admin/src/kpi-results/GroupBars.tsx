import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDecimal2 } from './kpi-format.js';

export interface GroupBar {
  id: string;
  code: string;
  name: string;
  score: string | null;
  max: string;
}

/** Each group's score as a bar against its maximum, the numbers beside it. */
export const GroupBars = ({ groups }: { groups: GroupBar[] }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
      {groups.map((g) => {
        const max = Number(g.max);
        const share = g.score === null || !max ? 0 : Math.min(100, (Number(g.score) / max) * 100);
        const label = `${g.code} — ${g.name}`;
        return (
          <Box component="li" key={g.id} aria-label={label}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
              <Typography variant="body2">{label}</Typography>
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {translate('app.kpi.groupOf', { score: formatDecimal2(g.score, locale), max: formatDecimal2(g.max, locale) })}
              </Typography>
            </Box>
            <LinearProgress variant="determinate" value={share} aria-label={label} sx={{ height: 10, borderRadius: 1 }} />
          </Box>
        );
      })}
    </Box>
  );
};

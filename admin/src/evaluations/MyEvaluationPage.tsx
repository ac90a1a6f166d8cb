import { Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, RecordContextProvider, ResourceContextProvider, Title, useGetList, useGetMany, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import type { Permissions } from '../providers/can-access.js';
import { EvaluationDetails } from './EvaluationDetails.js';
import { EvaluationActions } from './EvaluationShow.js';

/** "Đánh giá của tôi": the person's own evaluations under a heading per year, the latest first, each with its self-assessment form. */
export const MyEvaluationPage = () => {
  const translate = useTranslate();
  const { permissions, isPending: loadingPermissions } = usePermissions<Permissions>();
  const officialId = permissions?.officialId ?? null;
  const { data = [], isPending } = useGetList(
    'Evaluation',
    { filter: { officialId }, pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'DESC' } },
    { enabled: officialId !== null },
  );
  const cycleIds = [...new Set(data.map((e) => e.cycleId))];
  const { data: cycles = [], isPending: loadingCycles } = useGetMany('EvaluationCycle', { ids: cycleIds }, { enabled: cycleIds.length > 0 });
  if (loadingPermissions) return <Loading />;
  const title = translate('app.menu.myEvaluation');
  if (officialId === null) return <Typography sx={{ mt: 2 }}>{translate('app.evaluation.noOfficial')}</Typography>;
  if (isPending || (cycleIds.length > 0 && loadingCycles)) return <Loading />;
  // One heading per year, the latest first.
  // The cycle gives the year; a cycle of a former unit the person may no longer read is named in
  // the evaluations' own history of ratings.
  const yearOf = new Map(cycles.map((c) => [String(c.id), Number(c.year)]));
  const pastYear = new Map(data.flatMap((e) => ((e.history ?? []) as Array<{ evaluationId: string; year: number }>).map((h) => [String(h.evaluationId), h.year])));
  const years = new Map<number, RaRecord[]>();
  for (const e of data) {
    const year = yearOf.get(String(e.cycleId)) ?? pastYear.get(String(e.id)) ?? 0;
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  const byYear = [...years.entries()].sort(([a], [b]) => b - a);
  return (
    <ResourceContextProvider value="Evaluation">
      <Title title={title} />
      <Box sx={{ mt: 1 }}>
        {data.length === 0 && <Typography>{translate('app.evaluation.noneMine')}</Typography>}
        {byYear.map(([year, evaluations]) => (
          <Box component="section" key={year} aria-label={translate('app.home.evaluationYear', { year })}>
            <Typography variant="h5" component="h2" sx={{ mt: 2, mb: 1 }}>
              {translate('app.home.evaluationYear', { year })}
            </Typography>
            {evaluations.map((evaluation) => (
              <RecordContextProvider key={evaluation.id} value={evaluation}>
                <Card variant="outlined" sx={{ mb: 2 }} component="article" aria-label={translate('app.evaluation.mine')}>
                  <EvaluationActions />
                  <CardContent>
                    <EvaluationDetails />
                  </CardContent>
                </Card>
              </RecordContextProvider>
            ))}
          </Box>
        ))}
      </Box>
    </ResourceContextProvider>
  );
};

import { Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, RecordContextProvider, ResourceContextProvider, Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../providers/can-access.js';
import { EvaluationDetails } from './EvaluationDetails.js';
import { EvaluationActions } from './EvaluationShow.js';

/** "Đánh giá của tôi": the person's own evaluations, newest first, each with its self-assessment form. */
export const MyEvaluationPage = () => {
  const translate = useTranslate();
  const { permissions, isPending: loadingPermissions } = usePermissions<Permissions>();
  const officialId = permissions?.officialId ?? null;
  const { data = [], isPending } = useGetList(
    'Evaluation',
    { filter: { officialId }, pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'DESC' } },
    { enabled: officialId !== null },
  );
  if (loadingPermissions) return <Loading />;
  const title = translate('app.menu.myEvaluation');
  if (officialId === null) return <Typography sx={{ mt: 2 }}>{translate('app.evaluation.noOfficial')}</Typography>;
  if (isPending) return <Loading />;
  return (
    <ResourceContextProvider value="Evaluation">
      <Title title={title} />
      <Box sx={{ mt: 1 }}>
        {data.length === 0 && <Typography>{translate('app.evaluation.noneMine')}</Typography>}
        {data.map((evaluation) => (
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
    </ResourceContextProvider>
  );
};

import { Chip } from '@mui/material';
import { useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';

/** "Trưởng đơn vị — Xã Na Rì": a role with the unit it is held over (the record is an AccountRole). */
export const RoleLabel = ({ chip }: { chip?: boolean }) => {
  const grant = useRecordContext();
  const translate = useTranslate();
  const { data } = useGetManyAggregate('Unit', { ids: grant ? [grant.unitId] : [] }, { enabled: !!grant });
  if (!grant) return null;
  const unit = data?.[0]?.name ?? `#${grant.unitId}`;
  const label = translate('app.auth.roleOver', { role: translate(`enums.Role.${grant.role}`, { _: grant.role }), unit });
  return chip ? <Chip size="small" label={label} /> : <>{label}</>;
};

import IndicatorIcon from '@mui/icons-material/FactCheck';
import GroupIcon from '@mui/icons-material/Category';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const IndicatorCreate = lazyPage(() => import('./IndicatorEdit.js'), 'IndicatorCreate');
const IndicatorEdit = lazyPage(() => import('./IndicatorEdit.js'), 'IndicatorEdit');
const IndicatorGroupEdit = lazyPage(() => import('./IndicatorGroupEdit.js'), 'IndicatorGroupEdit');
const IndicatorGroupList = lazyPage(() => import('./IndicatorGroupList.js'), 'IndicatorGroupList');
const IndicatorList = lazyPage(() => import('./IndicatorList.js'), 'IndicatorList');

/** The catalogue of Decision 766: indicators, read by everyone, kept by administrators. */
export default {
  list: IndicatorList,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: IndicatorIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} — ${record.nameVi}`,
};

export const indicatorGroupResource = {
  list: IndicatorGroupList,
  edit: IndicatorGroupEdit,
  icon: GroupIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} — ${record.nameVi}`,
};

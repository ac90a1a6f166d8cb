import IndicatorIcon from '@mui/icons-material/FactCheck';
import GroupIcon from '@mui/icons-material/Category';
import type { RaRecord } from 'react-admin';
import { IndicatorCreate, IndicatorEdit } from './IndicatorEdit.js';
import { IndicatorGroupEdit } from './IndicatorGroupEdit.js';
import { IndicatorGroupList } from './IndicatorGroupList.js';
import { IndicatorList } from './IndicatorList.js';

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

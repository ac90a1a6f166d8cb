import { Column } from 'typeorm';

/**
 * Column shapes that behave the same on SQLite and MariaDB. Calendar dates stay YYYY-MM-DD
 * strings (mysql2 returns DATE as a string with `dateStrings`), instants are millisecond
 * datetimes written in UTC.
 */
export function CalendarDateColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ type: 'date', nullable: options.nullable ?? false });
}

export function InstantColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, nullable: options.nullable ?? false });
}

export function SearchTextColumn(): PropertyDecorator {
  return Column({ type: 'varchar', length: 1000, default: '', select: true });
}

export function EnumColumn(values: Record<string, string>, options: { nullable?: boolean; default?: string } = {}): PropertyDecorator {
  return Column({ type: 'simple-enum', enum: Object.values(values), nullable: options.nullable ?? false, default: options.default });
}

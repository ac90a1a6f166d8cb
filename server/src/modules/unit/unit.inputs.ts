import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { UnitKind } from './unit.entity.js';

@InputType()
export class UnitFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Text in the name or code; case and diacritics ignored' }) q?: string;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only units without a parent (the roots of the tree)' }) isRoot?: boolean;
  @Field(() => ID, { nullable: true, description: 'This unit and every unit under it' }) withinUnitId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Units valid on this date' }) validOn?: string;
}

@ArgsType()
export class AllUnitsArgs extends ListArgs {
  @Field(() => UnitFilter, { nullable: true }) filter?: UnitFilter;
}

@ArgsType()
export class CreateUnitArgs {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => UnitKind) kind: UnitKind;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => LocalDate, { nullable: true }) validFrom?: string | null;
  @Field(() => LocalDate, { nullable: true }) validTo?: string | null;
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
}

@ArgsType()
export class UpdateUnitArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) code?: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => LocalDate, { nullable: true }) validFrom?: string | null;
  @Field(() => LocalDate, { nullable: true }) validTo?: string | null;
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
}

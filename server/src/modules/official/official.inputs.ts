import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { DutyGroup, PostRole } from './official-assignment.entity.js';
import { OfficialCategory } from './official.entity.js';

@InputType()
export class OfficialFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Text in the name; case and diacritics ignored' }) q?: string;
  @Field(() => OfficialCategory, { nullable: true }) category?: OfficialCategory;
  @Field(() => ID, { nullable: true, description: 'Officials posted in this unit on `activeOn` (today by default)' }) unitId?: string;
  @Field(() => Boolean, { nullable: true, description: 'With unitId: the units under it too (default false)' }) includeSubunits?: boolean;
  @Field(() => DutyGroup, { nullable: true }) dutyGroup?: DutyGroup;
  @Field(() => LocalDate, { nullable: true }) activeOn?: string;
}

@ArgsType()
export class AllOfficialsArgs extends ListArgs {
  @Field(() => OfficialFilter, { nullable: true }) filter?: OfficialFilter;
}

@ArgsType()
export class CreateOfficialArgs {
  @Field(() => String) fullName: string;
  @Field(() => OfficialCategory) category: OfficialCategory;
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
}

@ArgsType()
export class UpdateOfficialArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) fullName?: string;
  @Field(() => OfficialCategory, { nullable: true }) category?: OfficialCategory;
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
}

@InputType()
export class OfficialAssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) officialId?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Assignments valid on this date' }) activeOn?: string;
}

@ArgsType()
export class AllOfficialAssignmentsArgs extends ListArgs {
  @Field(() => OfficialAssignmentFilter, { nullable: true }) filter?: OfficialAssignmentFilter;
}

@ArgsType()
export class CreateOfficialAssignmentArgs {
  @Field(() => ID) officialId: string;
  @Field(() => ID) unitId: string;
  @Field(() => String) position: string;
  @Field(() => PostRole) role: PostRole;
  @Field(() => DutyGroup) dutyGroup: DutyGroup;
  @Field(() => LocalDate) validFrom: string;
  @Field(() => LocalDate, { nullable: true }) validTo?: string | null;
}

@ArgsType()
export class UpdateOfficialAssignmentArgs {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) officialId?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => String, { nullable: true }) position?: string;
  @Field(() => PostRole, { nullable: true }) role?: PostRole;
  @Field(() => DutyGroup, { nullable: true }) dutyGroup?: DutyGroup;
  @Field(() => LocalDate, { nullable: true }) validFrom?: string;
  @Field(() => LocalDate, { nullable: true }) validTo?: string | null;
}

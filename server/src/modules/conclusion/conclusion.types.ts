import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { DocumentKind } from '../document/document.entity.js';

@ObjectType()
export class TaskProposal {
  @Field(() => String) title: string;
  @Field(() => ID, { nullable: true, description: 'The first unit named in the directive, if any' }) leadUnitId: string | null;
  @Field(() => [ID], { description: 'The other units named' }) coordinatingUnitIds: string[];
  @Field(() => LocalDate, { nullable: true, description: 'A date written as "trước ngày dd/MM/yyyy"' }) deadline: string | null;
}

@ObjectType()
export class DirectiveProposal {
  @Field(() => Int) number: number;
  @Field(() => String) text: string;
  @Field(() => [TaskProposal], { description: 'One task per directive, to correct before creating' }) tasks: TaskProposal[];
}

@InputType()
export class ConclusionTaskInput {
  @Field(() => String) title: string;
  @Field(() => ID) leadUnitId: string;
  @Field(() => [ID], { nullable: true }) coordinatingUnitIds?: string[];
  @Field(() => ID, { nullable: true }) responsibleOfficialId?: string | null;
  @Field(() => [ID], { nullable: true }) assigneeIds?: string[];
  @Field(() => LocalDate, { nullable: true }) startDate?: string;
  @Field(() => LocalDate, { nullable: true }) deadline?: string | null;
  @Field(() => String, { nullable: true }) expectedResult?: string;
}

@InputType()
export class ConclusionDirectiveInput {
  @Field(() => Int, { nullable: true, description: 'Its position by default' }) number?: number;
  @Field(() => String) text: string;
  @Field(() => [ConclusionTaskInput], { nullable: true }) tasks?: ConclusionTaskInput[];
}

@ArgsType()
export class CreateConclusionTasksArgs {
  @Field(() => DocumentKind, { nullable: true, description: 'CONCLUSION by default' }) kind?: DocumentKind;
  @Field(() => String) number: string;
  @Field(() => LocalDate) issuedOn: string;
  @Field(() => ID) issuingUnitId: string;
  @Field(() => ID, { nullable: true }) signerOfficialId?: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) summary?: string;
  @Field(() => [ConclusionDirectiveInput]) directives: ConclusionDirectiveInput[];
}

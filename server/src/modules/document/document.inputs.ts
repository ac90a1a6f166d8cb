import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { DocumentKind } from './document.entity.js';

@InputType()
export class DocumentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Text in the number, title or summary; case and diacritics ignored' }) q?: string;
  @Field(() => DocumentKind, { nullable: true }) kind?: DocumentKind;
  @Field(() => ID, { nullable: true }) issuingUnitId?: string;
  @Field(() => LocalDate, { nullable: true }) issuedFrom?: string;
  @Field(() => LocalDate, { nullable: true }) issuedTo?: string;
}

@ArgsType()
export class AllDocumentsArgs extends ListArgs {
  @Field(() => DocumentFilter, { nullable: true }) filter?: DocumentFilter;
}

@ArgsType()
export class CreateDocumentArgs {
  @Field(() => DocumentKind) kind: DocumentKind;
  @Field(() => String) number: string;
  @Field(() => LocalDate) issuedOn: string;
  @Field(() => ID) issuingUnitId: string;
  @Field(() => ID, { nullable: true }) signerOfficialId?: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) summary?: string;
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
}

@ArgsType()
export class UpdateDocumentArgs {
  @Field(() => ID) id: string;
  @Field(() => DocumentKind, { nullable: true }) kind?: DocumentKind;
  @Field(() => String, { nullable: true }) number?: string;
  @Field(() => LocalDate, { nullable: true }) issuedOn?: string;
  @Field(() => ID, { nullable: true }) issuingUnitId?: string;
  @Field(() => ID, { nullable: true }) signerOfficialId?: string | null;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) summary?: string;
  @Field(() => Boolean, { nullable: true }) isSample?: boolean;
}

@InputType()
export class DirectiveFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) documentId?: string;
  @Field(() => String, { nullable: true }) q?: string;
}

@ArgsType()
export class AllDirectivesArgs extends ListArgs {
  @Field(() => DirectiveFilter, { nullable: true }) filter?: DirectiveFilter;
}

@ArgsType()
export class CreateDirectiveArgs {
  @Field(() => ID) documentId: string;
  @Field(() => Int) number: number;
  @Field(() => String) text: string;
}

@ArgsType()
export class UpdateDirectiveArgs {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) documentId?: string;
  @Field(() => Int, { nullable: true }) number?: number;
  @Field(() => String, { nullable: true }) text?: string;
}

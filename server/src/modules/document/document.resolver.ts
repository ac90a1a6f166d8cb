import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { onlyIdRequested, related } from '../../graphql/selection.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Directive } from './directive.entity.js';
import { Document } from './document.entity.js';
import {
  AllDirectivesArgs, AllDocumentsArgs, CreateDirectiveArgs, CreateDocumentArgs, UpdateDirectiveArgs, UpdateDocumentArgs,
} from './document.inputs.js';
import { DocumentService } from './document.service.js';

const service = (ctx: Context) => new DocumentService(ctx.db, ctx.actor);

@Resolver(() => Document)
export class DocumentResolver {
  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => [Document])
  allDocuments(@Args() args: AllDocumentsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => ListMetadata)
  async _allDocumentsMeta(@Args() args: AllDocumentsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => Document)
  Document(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Access({ roles: [Role.LEADER, Role.ADMIN], why: 'leaders issue documents and directives of the units they lead (administrators may correct them)' })
  @Mutation(() => Document)
  createDocument(@Args() args: CreateDocumentArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Access({ roles: [Role.LEADER, Role.ADMIN], why: 'leaders issue documents and directives of the units they lead (administrators may correct them)' })
  @Mutation(() => Document)
  updateDocument(@Args() args: UpdateDocumentArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Access({ roles: [Role.LEADER, Role.ADMIN], why: 'leaders issue documents and directives of the units they lead (administrators may correct them)' })
  @Mutation(() => Document)
  deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).delete(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Unit)
  issuingUnit(@Root() d: Document, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, d.issuingUnitId, ctx.loaders.unit);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Official, { nullable: true })
  signer(@Root() d: Document, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (d.signerOfficialId === null) return null;
    return related(info, d.signerOfficialId, ctx.loaders.official);
  }
}

@Resolver(() => Directive)
export class DirectiveResolver {
  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => [Directive])
  allDirectives(@Args() args: AllDirectivesArgs, @Ctx() ctx: Context) {
    return service(ctx).listDirectives(args);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => ListMetadata)
  async _allDirectivesMeta(@Args() args: AllDirectivesArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countDirectives(args.filter) };
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the organisation (units, officials, documents) is open to every signed-in account' })
  @Query(() => Directive)
  Directive(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getDirective(id);
  }

  @Access({ roles: [Role.LEADER, Role.ADMIN], why: 'leaders issue documents and directives of the units they lead (administrators may correct them)' })
  @Mutation(() => Directive)
  createDirective(@Args() args: CreateDirectiveArgs, @Ctx() ctx: Context) {
    return service(ctx).createDirective(args);
  }

  @Access({ roles: [Role.LEADER, Role.ADMIN], why: 'leaders issue documents and directives of the units they lead (administrators may correct them)' })
  @Mutation(() => Directive)
  updateDirective(@Args() args: UpdateDirectiveArgs, @Ctx() ctx: Context) {
    return service(ctx).updateDirective(args);
  }

  @Access({ roles: [Role.LEADER, Role.ADMIN], why: 'leaders issue documents and directives of the units they lead (administrators may correct them)' })
  @Mutation(() => Directive)
  deleteDirective(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).deleteDirective(id);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a relation of a record the caller was already allowed to read' })
  @FieldResolver(() => Document)
  document(@Root() r: Directive, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, r.documentId, ctx.loaders.document);
  }
}

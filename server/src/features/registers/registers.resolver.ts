import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Page, PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { Capability } from '../auth/permissions.js';
import { Unit } from '../units/unit.entity.js';
import { signedInUser } from '../users/signed-in.js';
import { AdministrativeProcedure } from './administrative-procedure.entity.js';
import { DirectiveDocument, DirectiveDocumentType } from './directive-document.entity.js';
import { IndexResult } from './index-result.entity.js';
import { DirectiveDocumentPage, ProcedurePage, readDirectiveDocumentPage, readProcedurePage } from './register-page.js';
import {
  AdministrativeProcedureInput,
  DirectiveDocumentInput,
  IndexResultInput,
  UpdateAdministrativeProcedureInput,
  UpdateDirectiveDocumentInput,
  UpdateIndexResultInput,
} from './registers.inputs.js';
import {
  AdministrativeProceduresService,
  DirectiveDocumentsService,
  IndexResultsService,
} from './registers.service.js';
import { TthcFigures } from './tthc-figures.js';

@Resolver(() => DirectiveDocument)
export class DirectiveDocumentsResolver {
  @Authorized(Capability.REGISTER_READ)
  @Query(() => [DirectiveDocument], { description: 'Directive documents issued in a year, by date' })
  directiveDocuments(
    @Arg('year', () => Int) year: number,
    @Arg('type', () => DirectiveDocumentType, { nullable: true }) type: DirectiveDocumentType | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DirectiveDocument[]> {
    return new DirectiveDocumentsService(ctx.em).list(year, type);
  }

  @Authorized(Capability.REGISTER_READ)
  @Query(() => DirectiveDocumentPage, {
    description: 'One page of the directive documents of a year matching the search, by date, with their count',
  })
  directiveDocumentPage(
    @Arg('year', () => Int) year: number,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<DirectiveDocument>> {
    return readDirectiveDocumentPage(ctx.em, year, search, page);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => DirectiveDocument)
  createDirectiveDocument(
    @Arg('input', () => DirectiveDocumentInput) input: DirectiveDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DirectiveDocument> {
    return new DirectiveDocumentsService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => DirectiveDocument)
  updateDirectiveDocument(
    @Arg('input', () => UpdateDirectiveDocumentInput) input: UpdateDirectiveDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DirectiveDocument> {
    return new DirectiveDocumentsService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => Boolean)
  deleteDirectiveDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new DirectiveDocumentsService(ctx.em).delete(signedInUser(ctx), id);
  }

  @FieldResolver(() => ID)
  issuingUnitId(@Root() doc: DirectiveDocument): string {
    return doc.issuingUnit.id;
  }

  @FieldResolver(() => Unit)
  issuingUnit(@Root() doc: DirectiveDocument, @Ctx() ctx: RequestContext): Promise<Unit> {
    return ctx.em.findOneOrFail(Unit, { id: doc.issuingUnit.id });
  }
}

@Resolver(() => AdministrativeProcedure)
export class AdministrativeProceduresResolver {
  @Authorized(Capability.REGISTER_READ)
  @Query(() => [AdministrativeProcedure], { description: 'The TTHC catalogue of a year, by code' })
  administrativeProcedures(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeProcedure[]> {
    return new AdministrativeProceduresService(ctx.em).list(year);
  }

  @Authorized(Capability.REGISTER_READ)
  @Query(() => ProcedurePage, {
    description: 'One page of the TTHC catalogue of a year matching the search, by code, with their count',
  })
  procedurePage(
    @Arg('year', () => Int) year: number,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<AdministrativeProcedure>> {
    return readProcedurePage(ctx.em, year, search, page);
  }

  @Authorized(Capability.REGISTER_READ)
  @Query(() => TthcFigures, { description: 'The TTHC figures of a year, computed from its catalogue' })
  tthcFigures(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<TthcFigures> {
    return new AdministrativeProceduresService(ctx.em).figures(year);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => AdministrativeProcedure)
  createAdministrativeProcedure(
    @Arg('input', () => AdministrativeProcedureInput) input: AdministrativeProcedureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeProcedure> {
    return new AdministrativeProceduresService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => AdministrativeProcedure)
  updateAdministrativeProcedure(
    @Arg('input', () => UpdateAdministrativeProcedureInput) input: UpdateAdministrativeProcedureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeProcedure> {
    return new AdministrativeProceduresService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => Boolean)
  deleteAdministrativeProcedure(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new AdministrativeProceduresService(ctx.em).delete(signedInUser(ctx), id);
  }
}

@Resolver(() => IndexResult)
export class IndexResultsResolver {
  @Authorized(Capability.REGISTER_READ)
  @Query(() => [IndexResult], { description: 'SIPAS and PAR INDEX results of a year, or of every year' })
  indexResults(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IndexResult[]> {
    return new IndexResultsService(ctx.em).list(year);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => IndexResult)
  createIndexResult(
    @Arg('input', () => IndexResultInput) input: IndexResultInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndexResult> {
    return new IndexResultsService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => IndexResult)
  updateIndexResult(
    @Arg('input', () => UpdateIndexResultInput) input: UpdateIndexResultInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndexResult> {
    return new IndexResultsService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(Capability.REGISTER_MANAGE)
  @Mutation(() => Boolean)
  deleteIndexResult(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new IndexResultsService(ctx.em).delete(signedInUser(ctx), id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { Unit } from '../units/unit.entity.js';
import { Role } from '../users/role.js';
import { signedInUser } from '../users/signed-in.js';
import { AdministrativeProcedure } from './administrative-procedure.entity.js';
import { DirectiveDocument, DirectiveDocumentType } from './directive-document.entity.js';
import { IndexResult } from './index-result.entity.js';
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

/** The office keeps the registers; leadership reads them for the annual report. */
export const REGISTER_EDITORS = [Role.ADMIN, Role.OFFICE];
export const REGISTER_READERS = [Role.ADMIN, Role.OFFICE, Role.LEADERSHIP];

@Resolver(() => DirectiveDocument)
export class DirectiveDocumentsResolver {
  @Authorized(REGISTER_READERS)
  @Query(() => [DirectiveDocument], { description: 'Directive documents issued in a year, by date' })
  directiveDocuments(
    @Arg('year', () => Int) year: number,
    @Arg('type', () => DirectiveDocumentType, { nullable: true }) type: DirectiveDocumentType | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DirectiveDocument[]> {
    return new DirectiveDocumentsService(ctx.em).list(year, type);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => DirectiveDocument)
  createDirectiveDocument(
    @Arg('input', () => DirectiveDocumentInput) input: DirectiveDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DirectiveDocument> {
    return new DirectiveDocumentsService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => DirectiveDocument)
  updateDirectiveDocument(
    @Arg('input', () => UpdateDirectiveDocumentInput) input: UpdateDirectiveDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DirectiveDocument> {
    return new DirectiveDocumentsService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(REGISTER_EDITORS)
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
  @Authorized(REGISTER_READERS)
  @Query(() => [AdministrativeProcedure], { description: 'The TTHC catalogue of a year, by code' })
  administrativeProcedures(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeProcedure[]> {
    return new AdministrativeProceduresService(ctx.em).list(year);
  }

  @Authorized(REGISTER_READERS)
  @Query(() => TthcFigures, { description: 'The TTHC figures of a year, computed from its catalogue' })
  tthcFigures(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<TthcFigures> {
    return new AdministrativeProceduresService(ctx.em).figures(year);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => AdministrativeProcedure)
  createAdministrativeProcedure(
    @Arg('input', () => AdministrativeProcedureInput) input: AdministrativeProcedureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeProcedure> {
    return new AdministrativeProceduresService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => AdministrativeProcedure)
  updateAdministrativeProcedure(
    @Arg('input', () => UpdateAdministrativeProcedureInput) input: UpdateAdministrativeProcedureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeProcedure> {
    return new AdministrativeProceduresService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => Boolean)
  deleteAdministrativeProcedure(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new AdministrativeProceduresService(ctx.em).delete(signedInUser(ctx), id);
  }
}

@Resolver(() => IndexResult)
export class IndexResultsResolver {
  @Authorized(REGISTER_READERS)
  @Query(() => [IndexResult], { description: 'SIPAS and PAR INDEX results of a year, or of every year' })
  indexResults(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IndexResult[]> {
    return new IndexResultsService(ctx.em).list(year);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => IndexResult)
  createIndexResult(
    @Arg('input', () => IndexResultInput) input: IndexResultInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndexResult> {
    return new IndexResultsService(ctx.em).create(signedInUser(ctx), input);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => IndexResult)
  updateIndexResult(
    @Arg('input', () => UpdateIndexResultInput) input: UpdateIndexResultInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndexResult> {
    return new IndexResultsService(ctx.em).update(signedInUser(ctx), input);
  }

  @Authorized(REGISTER_EDITORS)
  @Mutation(() => Boolean)
  deleteIndexResult(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new IndexResultsService(ctx.em).delete(signedInUser(ctx), id);
  }
}

import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../../common/request-context.js';
import { Capability } from '../../auth/permissions.js';
import { signedInUser } from '../../users/signed-in.js';
import { AgencyKind } from '../criteria-set.entity.js';
import { EvidencePack, EvidencePackStatus } from './evidence-pack.entity.js';
import { EvidencePackService } from './evidence-pack.service.js';

const READ = Capability.SELF_ASSESSMENT_READ;

@ObjectType({ description: 'Tiến độ tạo bộ tài liệu kiểm chứng: số tệp đã ghi trên tổng số' })
export class EvidencePackProgress {
  @Field(() => Int)
  done!: number;

  @Field(() => Int, { description: '0 until the files are counted' })
  total!: number;
}

@Resolver(() => EvidencePack)
export class EvidencePackResolver {
  @Authorized(READ)
  @Mutation(() => EvidencePack, {
    description: 'Starts building the year’s evidence pack (.zip) in the background, or answers the one being built',
  })
  startEvidencePack(
    @Arg('year', () => Int) year: number,
    @Arg('agencyKind', () => AgencyKind, { defaultValue: AgencyKind.DEPARTMENT }) agencyKind: AgencyKind,
    @Ctx() ctx: RequestContext,
  ): Promise<EvidencePack> {
    return new EvidencePackService(ctx.em, ctx.jobs).start(signedInUser(ctx), year, agencyKind);
  }

  @Authorized(READ)
  @Query(() => EvidencePack, { description: 'An evidence pack and its progress, from any server instance' })
  evidencePack(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EvidencePack> {
    return new EvidencePackService(ctx.em).get(id);
  }

  @Authorized(READ)
  @Query(() => [EvidencePack], { description: 'The latest evidence packs of a year, newest first' })
  evidencePacks(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<EvidencePack[]> {
    return new EvidencePackService(ctx.em).ofYear(year);
  }

  @FieldResolver(() => EvidencePackProgress)
  progress(@Root() pack: EvidencePack): EvidencePackProgress {
    return { done: pack.done, total: pack.total };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to download the .zip, once done' })
  downloadUrl(@Root() pack: EvidencePack): string | null {
    return pack.status === EvidencePackStatus.DONE ? `/api/evidence-packs/${pack.id}.zip` : null;
  }
}

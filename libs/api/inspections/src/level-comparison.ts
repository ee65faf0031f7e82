import { Brackets, Inspection, Project, Region } from '@pinzhi/db';
import {
  BadUserInputError,
  IsIsoDate,
  InspectionLevelEnum,
  LocalDate,
  NotFoundError,
  PageInfo,
  canSeeRegion,
  companySettings,
  fieldError,
  limitToScope,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import { ProjectType, RegionType } from '@pinzhi/api-portfolio';
import { EVALUATION_READERS, LEVEL_RULES, RULES, inflationGap, type InspectionLevel } from '@pinzhi/domain';
import { IsOptional, IsUUID } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { num, pageOf } from './evaluation.service';

/** The longest period the comparison covers (a year and a day: a leap year's range). */
export const LEVEL_COMPARISON_MAX_DAYS = 366;

@ArgsType()
export class LevelComparisonArgs {
  @Field(() => LocalDate, { description: 'First local day of the period (YYYY-MM-DD), e.g. the 1st of a month' })
  @IsIsoDate()
  from!: string;

  @Field(() => LocalDate, { description: `Last local day (inclusive); at most ${LEVEL_COMPARISON_MAX_DAYS} days after from` })
  @IsIsoDate()
  to!: string;

  @Field(() => ID, { nullable: true, description: 'Only this region’s projects' })
  @IsOptional()
  @IsUUID('all', { context: { reason: 'INVALID_FORMAT' } })
  regionId?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size, default 50, at most ${RULES.pageSize.max}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType('LevelFigures', { description: 'One inspection level’s submitted inspections of a project in the period' })
export class LevelFiguresType {
  @Field(() => InspectionLevelEnum) level!: InspectionLevel;
  @Field(() => Float, { nullable: true, description: 'Average inspection score (percent); null without inspections' })
  average!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType('ProjectLevelComparison', {
  description: '自查与抽查对比: one project’s self-check scores beside its regional and company checks over the period',
})
export class ProjectLevelComparisonType {
  projectId!: string;
  regionId!: string;
  code!: string;
  @Field(() => LevelFiguresType, { description: '项目自查' }) selfCheck!: LevelFiguresType;
  @Field(() => LevelFiguresType, { description: '区域巡查' }) regional!: LevelFiguresType;
  @Field(() => LevelFiguresType, { description: '公司抽查' }) company!: LevelFiguresType;
  @Field(() => LevelFiguresType, { description: 'Regional and company checks together (the independent checks); level COMPANY' })
  independent!: LevelFiguresType;
  @Field(() => Float, {
    nullable: true,
    description: 'Self-check average − independent average, in points; null unless the project has both',
  })
  gap!: number | null;
  @Field({ description: 'The gap exceeds the company’s inflation threshold (自查虚高)' }) inflated!: boolean;
}

@ObjectType('LevelComparisonConnection')
export class LevelComparisonConnection {
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => Int, { description: 'The company’s inflation threshold in points (company settings)' }) threshold!: number;
  @Field(() => [ProjectLevelComparisonType], { description: 'Flagged projects first, then by gap (largest first), then project code' })
  nodes!: ProjectLevelComparisonType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Projects listed: operating ones, and any other with inspections in the period' })
  totalCount!: number;
  @Field(() => Int, { description: 'Of which flagged as inflated' }) flaggedCount!: number;
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/**
 * 三级检查对比: per project, the average score and count of its submitted self-checks, regional
 * checks and company checks over a period of local days, the gap between self-checks and the
 * independent (regional + company, pooled per inspection) average, and the inflation flag. One
 * GROUP BY over `inspection`, joined to the projects the caller sees (data scope) — whatever the
 * number of projects.
 */
export class LevelComparisonService {
  async compare(ctx: RequestContext, args: LevelComparisonArgs): Promise<LevelComparisonConnection> {
    const errors: FieldError[] = [];
    const days = (Date.parse(args.to) - Date.parse(args.from)) / 86_400_000;
    if (args.to < args.from) errors.push(fieldError(['to'], 'DATE_ORDER', 'The period ends before it starts'));
    else if (days >= LEVEL_COMPARISON_MAX_DAYS)
      errors.push(fieldError(['to'], 'OUT_OF_RANGE', `At most ${LEVEL_COMPARISON_MAX_DAYS} days`, { max: LEVEL_COMPARISON_MAX_DAYS }));
    if (errors.length) throw new BadUserInputError(errors);
    if (args.regionId) {
      await ctx.db.repo(Region).getById(args.regionId);
      if (!canSeeRegion(ctx.user, args.regionId)) throw new NotFoundError('Region', args.regionId);
    }
    const settings = await companySettings(ctx.db);
    const threshold = settings.inflationThreshold ?? LEVEL_RULES.inflationThreshold.min;
    const agg = ctx.db
      .repo(Inspection)
      .query('i')
      .select('i.projectId', 'projectId')
      .addSelect("AVG(CASE WHEN i.level = 'SELF_CHECK' THEN i.scorePercent END)", 'selfAvg')
      .addSelect("SUM(CASE WHEN i.level = 'SELF_CHECK' THEN 1 ELSE 0 END)", 'selfN')
      .addSelect("AVG(CASE WHEN i.level = 'REGIONAL' THEN i.scorePercent END)", 'regAvg')
      .addSelect("SUM(CASE WHEN i.level = 'REGIONAL' THEN 1 ELSE 0 END)", 'regN')
      .addSelect("AVG(CASE WHEN i.level = 'COMPANY' THEN i.scorePercent END)", 'coAvg')
      .addSelect("SUM(CASE WHEN i.level = 'COMPANY' THEN 1 ELSE 0 END)", 'coN')
      .addSelect("AVG(CASE WHEN i.level <> 'SELF_CHECK' THEN i.scorePercent END)", 'indAvg')
      .addSelect('COUNT(*)', 'n')
      .andWhere("i.status = 'SUBMITTED' AND i.scorePercent IS NOT NULL AND i.localDate >= :from AND i.localDate <= :to")
      .groupBy('i.projectId');
    const qb = ctx.db
      .repo(Project)
      .query('p')
      .select('p.id', 'projectId')
      .addSelect('p.regionId', 'regionId')
      .addSelect('p.code', 'code')
      .addSelect('a.selfAvg', 'selfAvg')
      .addSelect('a.selfN', 'selfN')
      .addSelect('a.regAvg', 'regAvg')
      .addSelect('a.regN', 'regN')
      .addSelect('a.coAvg', 'coAvg')
      .addSelect('a.coN', 'coN')
      .addSelect('a.indAvg', 'indAvg')
      .leftJoin(`(${agg.getQuery()})`, 'a', 'a.projectId = p.id')
      .andWhere(new Brackets((w) => w.where("(p.stage = 'OPERATING' AND p.archivedAt IS NULL)").orWhere('a.n > 0')))
      .setParameters({ ...agg.getParameters(), from: args.from, to: args.to });
    if (args.regionId) qb.andWhere('p.regionId = :onlyRegion', { onlyRegion: args.regionId });
    limitToScope(qb, ctx.user, { project: 'p.id', region: 'p.regionId' });
    const raw = await qb.getRawMany<Record<string, unknown>>();
    const avg = (v: unknown) => (v == null ? null : round2(Number(v)));
    const rows: ProjectLevelComparisonType[] = raw.map((r) => {
      const selfAverage = avg(r['selfAvg']);
      const independentAverage = avg(r['indAvg']);
      const { gap, inflated } = inflationGap(selfAverage, independentAverage, threshold);
      return {
        projectId: String(r['projectId']),
        regionId: String(r['regionId']),
        code: String(r['code']),
        selfCheck: { level: 'SELF_CHECK', average: selfAverage, count: num(r['selfN']) },
        regional: { level: 'REGIONAL', average: avg(r['regAvg']), count: num(r['regN']) },
        company: { level: 'COMPANY', average: avg(r['coAvg']), count: num(r['coN']) },
        independent: { level: 'COMPANY', average: independentAverage, count: num(r['regN']) + num(r['coN']) },
        gap,
        inflated,
      };
    });
    rows.sort(
      (a, b) => Number(b.inflated) - Number(a.inflated) || (b.gap ?? -Infinity) - (a.gap ?? -Infinity) || a.code.localeCompare(b.code),
    );
    const page = pageOf(rows, args.first, args.after, 50, 'levels');
    return {
      from: args.from,
      to: args.to,
      threshold,
      ...page,
      totalCount: rows.length,
      flaggedCount: rows.filter((r) => r.inflated).length,
    };
  }
}

@Resolver()
export class LevelComparisonResolver {
  constructor(private readonly service: LevelComparisonService) {}

  @Authorized([...EVALUATION_READERS])
  @Query(() => LevelComparisonConnection, {
    description:
      '三级检查对比: per project, self-check scores beside the regional and company checks of the same period, flagging inflated self-checks. Data scope applies',
  })
  levelComparison(@Args() args: LevelComparisonArgs, @Ctx() ctx: RequestContext) {
    return this.service.compare(ctx, args);
  }
}

@Resolver(() => ProjectLevelComparisonType)
export class ProjectLevelComparisonResolver {
  @FieldResolver(() => ProjectType)
  project(@Root() r: ProjectLevelComparisonType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: ProjectLevelComparisonType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(r.regionId);
  }
}

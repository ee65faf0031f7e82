import { Inspection, Project, Standard } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType } from '@pinzhi/api-portfolio';
import { StandardType } from '@pinzhi/api-handbooks';
import { AD_HOC_INSPECTORS, FINDINGS_READERS } from '@pinzhi/domain';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { FindingsService } from './findings.service';
import { ChargeableEmployeesArgs, EmployeeFindingsArgs, ProjectFindingsArgs } from './inputs';
import { ChargeableEmployeeType, EmployeeFindingConnection, EmployeeFindingType, InspectionType, ProjectFindingConnection } from './types';

/** 扣分到人: the inspector's picker, an employee's findings and the per-project table. */
@Resolver()
export class FindingsResolver {
  constructor(private readonly findings: FindingsService) {}

  @Authorized([...AD_HOC_INSPECTORS])
  @Query(() => [ChargeableEmployeeType], {
    description: 'The project’s active employees a failed item on this standard may be charged to (its positions and gender condition)',
  })
  chargeableEmployees(@Args() args: ChargeableEmployeesArgs, @Ctx() ctx: RequestContext) {
    return this.findings.chargeable(ctx, args);
  }

  @Authorized([...FINDINGS_READERS])
  @Query(() => EmployeeFindingConnection, { complexity: pageComplexity, description: 'Findings charged to an employee, newest first' })
  employeeFindings(@Args() args: EmployeeFindingsArgs, @Ctx() ctx: RequestContext) {
    return this.findings.employeeFindings(ctx, args);
  }

  @Authorized([...FINDINGS_READERS])
  @Query(() => ProjectFindingConnection, {
    complexity: pageComplexity,
    description: 'A project’s findings per employee and standard (most first), optionally within local days from … to',
  })
  projectFindings(@Args() args: ProjectFindingsArgs, @Ctx() ctx: RequestContext) {
    return this.findings.projectFindings(ctx, args);
  }
}

@Resolver(() => EmployeeFindingType)
export class EmployeeFindingResolver {
  @FieldResolver(() => InspectionType, { nullable: true })
  inspection(@Root() f: EmployeeFindingType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Inspection).load(f.inspectionId);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() f: EmployeeFindingType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(f.projectId);
  }

  @FieldResolver(() => StandardType, { nullable: true })
  standard(@Root() f: EmployeeFindingType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Standard).load(f.standardId);
  }
}

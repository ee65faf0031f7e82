import { Employee, Standard } from '@pinzhi/db';
import type { RequestContext } from '@pinzhi/api-core';
import { StandardType } from '@pinzhi/api-handbooks';
import { EmployeeFindingType, InspectionItemResultType, ProjectFindingRowType } from '@pinzhi/api-inspections';
import { EmployeeType } from '@pinzhi/api-training';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

/*
 * 扣分到人 links inspections and training, two features that do not import each other: the
 * employee of a finding is resolved here, in the composition.
 */
const employee = (ctx: RequestContext, id: string | null) => (id ? ctx.loaders.entity(Employee).load(id) : null);

@Resolver(() => InspectionItemResultType)
export class ItemResultEmployeeResolver {
  @FieldResolver(() => EmployeeType, { nullable: true, description: '扣分到人: the employee the finding is charged to' })
  employee(@Root() r: InspectionItemResultType, @Ctx() ctx: RequestContext) {
    return employee(ctx, r.employeeId);
  }
}

@Resolver(() => EmployeeFindingType)
export class EmployeeFindingEmployeeResolver {
  @FieldResolver(() => EmployeeType, { nullable: true })
  employee(@Root() f: EmployeeFindingType, @Ctx() ctx: RequestContext) {
    return employee(ctx, f.employeeId);
  }
}

@Resolver(() => ProjectFindingRowType)
export class ProjectFindingRowResolver {
  @FieldResolver(() => EmployeeType, { nullable: true })
  employee(@Root() r: ProjectFindingRowType, @Ctx() ctx: RequestContext) {
    return employee(ctx, r.employeeId);
  }

  @FieldResolver(() => StandardType, { nullable: true })
  standard(@Root() r: ProjectFindingRowType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Standard).load(r.standardId);
  }
}

export const findingsLinks = {
  resolvers: [ItemResultEmployeeResolver, EmployeeFindingEmployeeResolver, ProjectFindingRowResolver] as const,
  instances: [new ItemResultEmployeeResolver(), new EmployeeFindingEmployeeResolver(), new ProjectFindingRowResolver()],
};

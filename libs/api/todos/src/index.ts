import type { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { TodosResolver } from './todos.resolver';
import { TodosService } from './todos.service';

export { TodosService, TODO_KINDS } from './todos.service';
export type { Todo, TodoKind } from './todos.service';

/** 我的待办 (my to-dos) on the 工作台. */
export function todosModule(materialiser: OccurrenceMaterialiser) {
  const service = new TodosService(materialiser);
  return { service, resolvers: [TodosResolver] as const, instances: [new TodosResolver(service)] };
}

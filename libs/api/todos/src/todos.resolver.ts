import type { RequestContext } from '@pinzhi/api-core';
import { Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { TODO_KINDS, type TodoKind, type TodosService } from './todos.service';

export const TodoKindEnum = Object.fromEntries(TODO_KINDS.map((k) => [k, k])) as { [K in TodoKind]: K };
registerEnumType(TodoKindEnum, { name: 'TodoKind', description: 'What kind of work waits on me' });

@ObjectType('Todo', { description: 'One thing waiting on me, computed from the data' })
export class TodoType {
  @Field(() => TodoKindEnum) kind!: TodoKind;
  @Field(() => ID) entityId!: string;
  @Field({ description: 'The checklist, finding, task, regulation … (as written)' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Usually the project' }) subtitle!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it is due; null = no deadline' }) dueAt!: Date | null;
  @Field() overdue!: boolean;
  @Field({ description: 'Path of its screen in the web app' }) link!: string;
}

@ObjectType('TodoCount')
export class TodoCountType {
  @Field(() => TodoKindEnum) kind!: TodoKind;
  @Field(() => Int) count!: number;
}

@ObjectType('MyTodos')
export class MyTodosType {
  @Field(() => [TodoType], { description: 'Sorted by due time (no deadline last); at most 20 per kind' }) items!: TodoType[];
  @Field(() => Int) total!: number;
  @Field(() => [TodoCountType]) counts!: TodoCountType[];
}

@Resolver()
export class TodosResolver {
  constructor(private readonly service: TodosService) {}

  @Authorized()
  @Query(() => MyTodosType, { description: '我的待办: everything waiting on me now' })
  myTodos(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx);
  }
}

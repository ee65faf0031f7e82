import type { DiffEntry, DiffPart } from '@pinzhi/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/** The GraphQL shape of a keyed-document diff (handbooks, QC regulations …), shared by every versioned document. */
@ObjectType('FieldChange')
export class FieldChangeType {
  @Field() field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) from!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) to!: unknown;
}

@ObjectType('DiffEntry')
export class DiffEntryType {
  @Field(() => ID) key!: string;
  @Field({ description: 'What it is, for people: a section title, a standard’s code and title, a task' }) label!: string;
  @Field(() => ID, { nullable: true }) sectionKey!: string | null;
  @Field(() => String, { nullable: true }) sectionTitle!: string | null;
  @Field(() => [FieldChangeType]) changes!: FieldChangeType[];
}

@ObjectType('DiffPart')
export class DiffPartType {
  @Field(() => [DiffEntryType]) added!: DiffEntryType[];
  @Field(() => [DiffEntryType]) removed!: DiffEntryType[];
  @Field(() => [DiffEntryType]) changed!: DiffEntryType[];
}

/** Adds labels for people (from `label` by key, section titles by section key) to a domain diff part. */
export function labelDiffPart(p: DiffPart, label: ReadonlyMap<string, string>, sectionTitle: ReadonlyMap<string, string>): DiffPartType {
  const entry = (e: DiffEntry): DiffEntryType => ({
    ...e,
    label: label.get(e.key) ?? e.key,
    sectionTitle: e.sectionKey ? (sectionTitle.get(e.sectionKey) ?? null) : null,
  });
  return { added: p.added.map(entry), removed: p.removed.map(entry), changed: p.changed.map(entry) };
}

import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { RULES } from '@pinzhi/domain';

/**
 * What one GraphQL request may ask for. Each limit refuses with HTTP 400 and the code
 * QUERY_TOO_COMPLEX, `extensions.limit` naming which one and `extensions.max` its value
 * (docs/security.md). Checked in the order they cost: tokens while parsing, then depth and
 * aliases while validating, then the cost before anything executes.
 */
export interface QueryLimits {
  /** Lexical tokens in the document (names, punctuation, values). */
  tokens: number;
  depth: number;
  aliases: number;
  /** graphql-query-complexity cost; a page costs its size × its items. */
  cost: number;
}

export type LimitName = keyof QueryLimits;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function limitError(limit: LimitName, max: number, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  // `http.status` is read (and removed) by Apollo Server: a refused request is the client's fault.
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...extra, http: { status: 400 } } });
}

/**
 * The token limit runs inside graphql-js's parser (`maxTokens`, the upstreamed form of
 * graphql-armor's max-tokens plugin, which is an envelop-only parse hook): parsing stops at the
 * first token over the limit, so an 8 MB document costs no more than a small one.
 */
export function parseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.tokens };
}

// graphql-js 16 spells it "more that"; accept both in case it is fixed.
const TOKEN_ERROR = /Document contains more tha[nt] (\d+) tokens/;

/** The parser's own message for too many tokens, as our message and extensions (see errors.ts). */
export function tokenLimitError(message: string): { message: string; extensions: Record<string, unknown> } | null {
  const m = TOKEN_ERROR.exec(message);
  if (!m) return null;
  const max = Number(m[1]);
  return {
    message: `The query has more than ${max} tokens. Send a smaller query.`,
    extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', max },
  };
}

/**
 * Depth and alias limits run as validation rules (graphql-armor). `propagateOnRejection:
 * false` makes them report a validation error instead of throwing (which Apollo would turn
 * into an internal error).
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const report = (limit: LimitName) => [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit, max: limits[limit] } })),
  ];
  return [
    maxDepthRule({
      n: limits.depth,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: report('depth'),
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: limits.aliases,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: report('aliases'),
    }) as unknown as ValidationRule,
  ];
}

/**
 * The cost of one operation (graphql-query-complexity): each field costs 1, a paginated list
 * costs its page size times its items, so `projects(first: 100) { … }` is priced by what it
 * returns. Anything the estimator itself refuses (it stops at 10,000 nodes, e.g. 5,000
 * fragment spreads) is over the limit too — never an internal error.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  maxCost: number,
): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      operationName: operationName ?? undefined,
      query: document,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (e) {
    throw limitError('cost', maxCost, `The query is too large to price: ${(e as Error).message} Ask for fewer fields.`);
  }
  if (cost > maxCost) throw limitError('cost', maxCost, `Query too costly: ${cost} > ${maxCost}. Ask for fewer rows or fields.`, { cost });
  return cost;
}

/** Refuses, before execution, an operation whose cost is over the limit. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // Variables that do not coerce (a missing required one, an unknown enum value …) are
          // GraphQL's own BAD_USER_INPUT errors, reported when execution coerces them; pricing
          // the query first would throw them from here as an internal error. Nothing executes.
          const { errors } = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (errors) return;
          operationCost(schema, document, request.operationName, request.variables ?? {}, maxCost);
        },
      };
    },
  };
}

/**
 * Checks a document the way the server does (token limit, schema validation, depth and alias
 * limits, cost), for tests that prove every document a client ships is accepted. Page-size
 * variables (`first`, `last`) are priced at the largest page a client may ask for; other
 * variables are left out. Returns the problems, or [] when the server would run it.
 */
export function checkClientDocument(schema: GraphQLSchema, source: string, limits: QueryLimits): string[] {
  let document: DocumentNode;
  try {
    document = parse(source, parseOptions(limits));
  } catch (e) {
    return [(e as Error).message];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(limits)]);
  if (errors.length) return errors.map((e) => e.message);
  const problems: string[] = [];
  for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((v) => {
        const name = v.variable.name.value;
        const type = typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType | undefined;
        return [name, ['first', 'last'].includes(name) ? RULES.pageSize.max : type ? placeholder(type) : null];
      }),
    );
    try {
      operationCost(schema, document, operation.name?.value, variables, limits.cost);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return problems;
}

/**
 * Some value of a type, so that an operation can be priced without its real variables
 * (the cost depends on page sizes only): required input fields filled, lists empty, the first
 * enum value, and for scalars the first candidate the scalar accepts.
 */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  for (const candidate of ['2026-01-01', '2026-01-01T00:00:00.000Z', 1, true, {}, 'x']) {
    try {
      (type as GraphQLScalarType).parseValue(candidate);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

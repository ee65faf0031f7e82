import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';

export interface QueryLimits {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Depth and alias limits run as validation rules (graphql-armor). `propagateOnRejection:
 * false` makes them report a validation error instead of throwing (which Apollo would turn
 * into an internal error).
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const report = [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ];
  return [
    maxDepthRule({ n: limits.depth, exposeLimits: true, propagateOnRejection: false, onReject: report }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.aliases, exposeLimits: true, propagateOnRejection: false, onReject: report }) as unknown as ValidationRule,
  ];
}

/**
 * Cost limit (graphql-query-complexity): each field costs 1, a paginated list costs its
 * page size times its items, so `projects(first: 100) { … }` is priced by what it returns.
 */
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
          const cost = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`Query too costly: ${cost} > ${maxCost}. Ask for fewer rows or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost },
            });
          }
        },
      };
    },
  };
}

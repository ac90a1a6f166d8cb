import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { currentLang } from '../i18n/lang.js';

export const MAX_DEPTH = 10;

/**
 * A list costs its page size times what each row asks for, so a 1000-row export of the panel's
 * own fields passes while a query that multiplies lists does not.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.perPage === 'number' ? Math.max(1, args.perPage) * (childComplexity + 1) : undefined;

export function depthRule() {
  return depthLimit(MAX_DEPTH);
}

export function complexityPlugin(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined,
            estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maximum) {
            const en = currentLang() === 'en';
            throw new GraphQLError(
              en
                ? `This query is too large (cost ${cost}, limit ${maximum}): ask for fewer rows per page or fewer fields.`
                : `Truy vấn quá lớn (chi phí ${cost}, giới hạn ${maximum}): hãy lấy ít dòng mỗi trang hoặc ít trường hơn.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maximum } },
            );
          }
        },
      };
    },
  };
}

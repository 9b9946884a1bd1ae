import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../common/paging.js';

/**
 * How many items a list field is assumed to return when the query does not page it, as "Type.field".
 * Roughly the largest a department's real data reaches (a year: ~400 visits; a checklist: ~30 items in
 * ~6 groups), so that a query's cost follows the rows it makes the server read and send. A list not
 * named here is assumed to hold DEFAULT_LIST_SIZE.
 */
export const ASSUMED_LIST_SIZES: Record<string, number> = {
  'Query.visits': 500,
  'Query.myVisits': 100,
  'Query.findings': 500,
  'Query.auditTrail': 200,
  'Query.units': 200,
  'Query.users': 200,
  'Query.inspectors': 100,
  'Query.administrativeProcedures': 300,
  'Query.directiveDocuments': 100,
  'Query.rollupRecords': 500,
  'Query.syncDevices': 100,
  'Query.checklistTemplates': 4,
  'ChecklistTemplate.versions': 10,
  'ChecklistVersion.groups': 8,
  'ChecklistGroup.items': 15,
  'Visit.answers': 60,
  'Visit.attachments': 30,
  'Visit.findings': 20,
  'Visit.previousFindings': 20,
  'Visit.reviewComments': 20,
  'Visit.changesSinceReturn': 60,
  'ReviewComment.replies': 5,
  'Visit.problems': 30,
  'VisitProgress.groups': 10,
  'InspectionPlan.lines': 100,
  // One unit carries a unit's work today; a split's few new units.
  'UnitAsOf.todayNames': 3,
  // The PAR INDEX self-assessment: a year's few revisions of a set of ~150 criteria, ~100 scored.
  'Query.criteriaSets': 4,
  'Query.selfAssessments': 10,
  'CriteriaSet.criteria': 150,
  'Criterion.bands': 4,
  'SelfAssessment.criteria': 150,
  'SelfAssessment.scores': 100,
  'SelfAssessment.retiredScores': 20,
  'CriterionScore.evidence': 5,
  'AssessmentTotals.areas': 8,
};

export const DEFAULT_LIST_SIZE = 20;

/**
 * Paging arguments: a list field with one of these arguments returns at most its value, which must be
 * from 1 to MAX_PAGE_SIZE (the field's resolver refuses more). A variable counts as the largest page.
 */
export const PAGE_SIZE_ARGUMENT = 'first';

/** The list of a page type (common/paging.ts `PageOf`), which holds at most its page field's `first`. */
export const PAGE_ITEMS_FIELD = 'items';

/**
 * The cost of an operation: each field selected costs 1 per object it is read for, so a list field
 * multiplies its own selection by its size (its `first` argument, else its assumed size). Aliases and
 * repeated fragments count each time, as the server resolves each. This is what graphql-armor's cost
 * limit lacked: it weighed `visits { answers { ... } }` like a single visit's answers.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;

  // `pageSize`: the `first` of a page field (`visitPage(first: 50) { items ... }`), the size of its `items`.
  const selectionCost = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    inFragments: string[],
    pageSize?: number,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(type, selection.name.value);
        if (!field) continue; // unknown fields are graphql-js's own validation error
        const named = getNamedType(field.type);
        const isList = isListType(getNullableType(field.type));
        const args = selection.arguments ?? [];
        const pageOf =
          !isList && args.some((a) => a.name.value === PAGE_SIZE_ARGUMENT) ? listSize('', args) : undefined;
        const inner =
          selection.selectionSet && isCompositeType(named)
            ? selectionCost(selection.selectionSet, named, inFragments, pageOf)
            : 0;
        const size = !isList
          ? 1
          : pageSize !== undefined && field.name === PAGE_ITEMS_FIELD
            ? pageSize
            : listSize(`${type.name}.${field.name}`, args);
        total += size * (1 + inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += selectionCost(selection.selectionSet, isCompositeType(on) ? on : type, inFragments, pageSize);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment inside itself is refused by graphql-js (NoFragmentCycles); do not loop on it here.
        if (!fragment || inFragments.includes(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        total += selectionCost(
          fragment.selectionSet,
          isCompositeType(on) ? on : type,
          [...inFragments, name],
          pageSize,
        );
      }
    }
    return total;
  };
  return selectionCost(operation.selectionSet, root, []);
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return undefined;
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  return undefined;
}

function listSize(key: string, args: readonly { name: { value: string }; value: ValueNode }[]): number {
  const page = args.find((a) => a.name.value === PAGE_SIZE_ARGUMENT);
  if (page) {
    if (page.value.kind === Kind.INT) return Math.min(Math.max(Number(page.value.value), 0), MAX_PAGE_SIZE);
    return MAX_PAGE_SIZE;
  }
  return ASSUMED_LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
}

/** A validation rule refusing each operation whose cost exceeds `maxCost`, before anything runs. */
export function queryCostRule(
  maxCost: number,
  onReject: (context: ValidationContext, error: GraphQLError) => void,
): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    Document: {
      leave(document) {
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        for (const d of document.definitions) {
          if (d.kind !== Kind.OPERATION_DEFINITION) continue;
          const cost = operationCost(context.getSchema(), d, fragments);
          if (cost > maxCost) {
            onReject(context, new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`));
          }
        }
      },
    },
  });
}

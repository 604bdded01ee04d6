// Refuses documents nested deeper than `maxDepth` selection sets (fragments
// followed), before planning: a cheap guard against queries that walk
// relations back and forth. Introspection (__schema, __type) is not counted, so
// GraphiQL and codegen keep working. Added as a grafserv validation rule.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "postgraphile/graphql";

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 0;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic: other rules report it
      visiting.add(name);
      depth = depthOf(fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const depth = 1 + depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`The query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, {
            nodes: [operation],
            extensions: { code: "TOODEEP" },
          }),
        );
      }
    },
  });
}

export function depthLimitPlugin(maxDepth: number): GraphileConfig.Plugin {
  return {
    name: "HappyPathDepthLimitPlugin",
    description: `Refuses GraphQL documents nested more than ${maxDepth} levels deep.`,
    grafserv: {
      middleware: {
        setPreset(next, event) {
          event.validationRules.push(depthLimitRule(maxDepth));
          return next();
        },
      },
    },
  };
}

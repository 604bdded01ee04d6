// An update aimed at a row the caller may not change (another user's id, a row that
// does not exist) matches nothing under row-level security. PostGraphile answers
// that with a payload whose record is null; we answer NTFND, as a delete does, so a
// client cannot mistake "nothing happened" for success (docs/errors.md).
import { lambda, object, type ObjectStep, type Step } from "postgraphile/grafast";
import { wrapPlans, type PlanWrapperFn } from "postgraphile/utils";
import { apiError } from "../errors.ts";

const failWhenNothingMatched: PlanWrapperFn = (plan) => {
  const $payload = plan() as ObjectStep<{ result: Step }>;
  const $row = $payload.get("result");
  const $found = lambda($row, (row: unknown) => {
    if (row == null) throw apiError("NTFND", "Not found, or not yours to change.");
    return true;
  });
  // The payload keeps its record; it now also depends on the check, so an error there
  // becomes the field's error.
  return object({ result: $row, found: $found });
};

export const UpdateNotFoundPlugin = wrapPlans(
  (context) => (context.scope.isRootMutation && context.scope.isPgUpdateMutation ? true : null),
  () => failWhenNothingMatched,
  { name: "HappyPathUpdateNotFoundPlugin" },
);

// escalate_overdue_crisis_cases — every minute (worker/crontab): an open crisis case
// past its response deadline goes to the next tier and is notified again
// (app_private.escalate_overdue_cases). Safe to run twice: a case moves once per deadline.
import type { Task } from "graphile-worker";

const escalateOverdueCrisisCases: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ moved: number }>("select app_private.escalate_overdue_cases() as moved");
  const moved = rows[0]?.moved ?? 0;
  if (moved > 0) helpers.logger.warn(`escalate_overdue_crisis_cases: ${moved} cases escalated to the next tier.`);
};

export default escalateOverdueCrisisCases;

import { Hono } from "hono";
import { z } from "zod";
import { raiseAlert } from "../../db/repos/alerts.ts";
import { addCaseAction, findOpenCaseForPost, openCase } from "../../db/repos/cases.ts";
import { findPost, setPostStatus } from "../../db/repos/posts.ts";
import { safeguardingReason } from "../../moderation/reasons.ts";
import { findPendingItemForPost, enqueue } from "../../db/repos/queue.ts";
import { addReport, countReporters } from "../../db/repos/reports.ts";
import { findThread } from "../../db/repos/threads.ts";
import { inTransaction } from "../../db/tx.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireForumUser } from "../middleware/forum-session.ts";
import { RateLimiter, rateLimit } from "../middleware/rate-limit.ts";
import { REPORT_REASONS } from "../safeguarding/templates.ts";
import { assertSameSpace } from "../spaces.ts";
import { textField } from "../text.ts";

export const reportSchema = z.object({ reason: textField("The reason", 1, 500) });

const ID = /^[0-9a-f-]{36}$/;
/** Where a report enters the queue unless the engine judges the post more serious. */
const REPORT_SEVERITY = 2;
const HIDDEN_REASON = "A few people asked us to check this post, so it's hidden until a moderator has looked at it, usually within a day. This happens sometimes and doesn't mean you did anything wrong.";

export function reportRoutes(limiter: RateLimiter) {
  const app = new Hono<AppEnv>();

  app.get("/report-reasons", (c) => c.json({ reasons: REPORT_REASONS }));

  app.post(
    "/posts/:id/reports",
    rateLimit(limiter, "report", (c) => c.get("config").rateLimits.report, (c) => requireForumUser(c).id),
    async (c) => {
      const user = requireForumUser(c);
      const { reason } = await readJson(c, reportSchema);
      const id = c.req.param("id");
      const db = c.get("db");
      const post = ID.test(id) ? await findPost(db, id) : undefined;
      const thread = post ? await findThread(db, post.thread_id) : undefined;
      if (!post || !thread || post.status !== "published") throw new HttpError(404, "We couldn't find that post.");
      assertSameSpace(user, thread.space);
      if (post.author_id === user.id) throw new HttpError(400, "You can't report your own post. You can delete it from My posts instead.");
      // A report is judged by what the post says: the engine as it stands now (watched words
      // included) may see more than it did when the post was published.
      const verdict = (await c.get("engine").current(db))(post.body);
      const severity = Math.max(REPORT_SEVERITY, verdict.severity);
      const outcome = await inTransaction(db, async (trx) => {
        if (!(await addReport(trx, { postId: post.id, reporterId: user.id, reason }))) return { already: true, itemId: null };
        const existing = await findPendingItemForPost(trx, post.id, "report");
        const categories = severity > REPORT_SEVERITY ? [...verdict.categories, "reported"] : ["reported"];
        const matches = severity > REPORT_SEVERITY ? verdict.matches.map((m) => ({ field: "body", ruleId: m.ruleId, category: m.category, start: m.start, end: m.end })) : [];
        const itemId = existing ? null : await enqueue(trx, { postId: post.id, kind: "report", severity, categories, matches });
        if (severity >= 3) {
          // What would have been held had it been seen at posting: held now, with a case for the team.
          await setPostStatus(trx, post.id, { status: "with_safeguarding_team", reason: safeguardingReason(verdict.categories) });
          if (!(await findOpenCaseForPost(trx, post.id))) {
            const caseId = await openCase(trx, { postId: post.id, identityId: post.author_id, space: thread.space, severity, categories: verdict.categories });
            await addCaseAction(trx, { caseId, type: "opened", note: `Opened from a report: ${verdict.categories.join(", ")}`, staffId: null });
            await raiseAlert(trx, { caseId, queueItemId: itemId, severity, space: thread.space, categories: verdict.categories });
          }
        } else if (itemId) {
          await raiseAlert(trx, { caseId: null, queueItemId: itemId, severity, space: thread.space, categories });
        }
        if (severity < 3 && (await countReporters(trx, post.id)) >= c.get("config").reportsToHide) {
          // Several different people worried about the same post: hide it until someone decides.
          await setPostStatus(trx, post.id, { status: "waiting_for_moderator", reason: HIDDEN_REASON });
        }
        return { already: false, itemId };
      });
      if (outcome.itemId) c.get("events").publish({ type: "queued", itemId: outcome.itemId, severity });
      return c.json(
        { ok: true, message: outcome.already ? "You've already reported this post. A moderator will look at it." : "Thank you for telling us. A moderator will look at it, usually within a day." },
        outcome.already ? 200 : 201,
      );
    },
  );

  return app;
}

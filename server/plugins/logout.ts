// logout and logoutEverywhere are plain SQL (app_public.logout, logout_everywhere):
// the database ends the session. When the caller used the session cookie, we also
// forget the cookie, once the SQL has succeeded. (Were this skipped, the next
// request would find the session revoked and drop the cookie anyway.)
import { context, sideEffect, type Step } from "postgraphile/grafast";
import { wrapPlans, type PlanWrapperFn } from "postgraphile/utils";

const thenForgetCookie: PlanWrapperFn = (plan) => {
  const $result = plan() as Step;
  sideEffect([$result, context()], async ([, ctx]) => {
    if (ctx.happyPath?.caller.via === "cookie") await ctx.happyPath.endCookieSession();
  });
  return $result;
};

export const LogoutCookiePlugin = wrapPlans(
  {
    Mutation: {
      logout: thenForgetCookie,
      logoutEverywhere: thenForgetCookie,
    },
  },
  { name: "HappyPathLogoutCookiePlugin" },
);

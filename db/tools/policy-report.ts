// The policy report: docs/policies.md, generated from the database catalog so that an
// auditor reads who may do what without opening a migration. For every table: RLS
// enabled/forced, each policy (roles, command, clauses) and the grants per role; then
// every SECURITY DEFINER function with its owner, search_path and who may execute it.
//
// `npm run report:policies` rewrites the file; a test fails when the committed one is stale.
import type pg from "pg";

const SCHEMAS = ["app_public", "app_private"];

interface TableRow {
  schema: string;
  name: string;
  rls: boolean;
  forced: boolean;
  comment: string | null;
}

interface PolicyRow {
  table: string;
  name: string;
  permissive: string;
  roles: string[];
  command: string;
  using: string | null;
  check: string | null;
  comment: string | null;
}

interface GrantRow {
  table: string;
  grantee: string;
  privileges: string;
}

interface FunctionRow {
  signature: string;
  owner: string;
  config: string | null;
  volatility: string;
  executors: string | null;
}

const oneLine = (text: string | null): string => (text ?? "").replace(/\s+/g, " ").trim();
const cell = (text: string | null): string => oneLine(text).replace(/\|/g, "\\|") || "—";

export async function buildPolicyReport(client: pg.ClientBase): Promise<string> {
  const tables = (
    await client.query<TableRow>(
      `select n.nspname as schema, c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              obj_description(c.oid, 'pg_class') as comment
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
       order by n.nspname, c.relname`,
      [SCHEMAS],
    )
  ).rows;
  const partitions = (
    await client.query<{ parent: string; guarded: boolean }>(
      `select i.inhparent::regclass::text as parent,
              bool_and(c.relrowsecurity and c.relforcerowsecurity
                       and exists (select 1 from pg_policy p where p.polrelid = c.oid)) as guarded
       from pg_inherits i join pg_class c on c.oid = i.inhrelid
       where c.relispartition and c.relkind in ('r', 'p') and c.relnamespace::regnamespace::text = any($1)
       group by 1 order by 1`,
      [SCHEMAS],
    )
  ).rows;
  const policies = (
    await client.query<PolicyRow>(
      `select p.schemaname || '.' || p.tablename as table, p.policyname as name, p.permissive,
              p.roles::text[] as roles, p.cmd as command, p.qual as using, p.with_check as check,
              obj_description(pol.oid, 'pg_policy') as comment
       from pg_policies p
       join pg_policy pol on pol.polname = p.policyname
        and pol.polrelid = (quote_ident(p.schemaname) || '.' || quote_ident(p.tablename))::regclass
       join pg_class c on c.oid = pol.polrelid
       where p.schemaname = any($1) and not c.relispartition
       order by 1, 2`,
      [SCHEMAS],
    )
  ).rows;
  const grants = (
    await client.query<GrantRow>(
      `with table_grants as (
         select c.oid::regclass::text as table, a.grantee, a.privilege_type as privilege
         from pg_class c, aclexplode(c.relacl) a
         where c.relnamespace::regnamespace::text = any($1) and c.relkind in ('r', 'p') and not c.relispartition
       ), column_grants as (
         select c.oid::regclass::text as table, a.grantee,
                a.privilege_type || ' (' || string_agg(att.attname, ', ' order by att.attnum) || ')' as privilege
         from pg_class c join pg_attribute att on att.attrelid = c.oid, aclexplode(att.attacl) a
         where c.relnamespace::regnamespace::text = any($1) and c.relkind in ('r', 'p') and not c.relispartition
         group by 1, 2, a.privilege_type
       ), all_grants as (
         select * from table_grants union all select * from column_grants
       )
       select g.table, case when g.grantee = 0 then 'PUBLIC' else g.grantee::regrole::text end as grantee,
              string_agg(g.privilege, ', ' order by g.privilege) as privileges
       from all_grants g
       where g.grantee = 0 or g.grantee::regrole::text <> (select c.relowner::regrole::text from pg_class c where c.oid = g.table::regclass)
       group by 1, 2 order by 1, 2`,
      [SCHEMAS],
    )
  ).rows;
  const functions = (
    await client.query<FunctionRow>(
      `select p.oid::regprocedure::text as signature, p.proowner::regrole::text as owner,
              array_to_string(p.proconfig, ', ') as config,
              case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end as volatility,
              (select string_agg(distinct case when a.grantee = 0 then 'PUBLIC' else a.grantee::regrole::text end, ', ')
               from aclexplode(p.proacl) a
               where a.privilege_type = 'EXECUTE' and a.grantee <> p.proowner) as executors
       from pg_proc p
       where p.pronamespace::regnamespace::text = any($1) and p.prosecdef
       order by 1`,
      [SCHEMAS],
    )
  ).rows;

  const out: string[] = [];
  out.push("# Policy report");
  out.push("");
  out.push("Generated from the database catalog by `npm run report:policies`; do not edit by hand. A test");
  out.push("fails when this file no longer matches the schema. Roles are described in");
  out.push("[authentication.md](authentication.md) and the access rule in [access-model.md](access-model.md).");
  out.push("");
  out.push("## Tables");
  out.push("");
  out.push("| table | RLS enabled | RLS forced | policies |");
  out.push("|---|---|---|---|");
  for (const t of tables) {
    const full = `${t.schema}.${t.name}`;
    const count = policies.filter((p) => p.table === full).length;
    out.push(`| [${full}](#${anchor(full)}) | ${t.rls ? "yes" : "**NO**"} | ${t.forced ? "yes" : "**NO**"} | ${count} |`);
  }
  for (const p of partitions) {
    out.push("");
    out.push(
      `Partitions of ${p.parent} (one a month, made ahead by the worker): ${p.guarded ? "each with RLS enabled, forced and a policy that closes it (reads go through the parent)" : "**NOT ALL GUARDED**"}.`,
    );
  }
  for (const t of tables) {
    const full = `${t.schema}.${t.name}`;
    out.push("");
    out.push(`### ${full}`);
    out.push("");
    if (t.comment) {
      out.push(oneLine(t.comment));
      out.push("");
    }
    out.push(`RLS: ${t.rls ? "enabled" : "**disabled**"}, ${t.forced ? "forced" : "**not forced**"}.`);
    out.push("");
    const own = policies.filter((p) => p.table === full);
    if (own.length > 0) {
      out.push("| policy | command | roles | kind | using | with check |");
      out.push("|---|---|---|---|---|---|");
      for (const p of own) {
        const name = p.comment ? `${p.name} — ${oneLine(p.comment)}` : p.name;
        out.push(
          `| ${cell(name)} | ${p.command} | ${cell(p.roles.join(", "))} | ${p.permissive.toLowerCase()} | \`${cell(p.using)}\` | \`${cell(p.check)}\` |`,
        );
      }
    } else {
      out.push("**No policy.**");
    }
    out.push("");
    const tableGrants = grants.filter((g) => g.table === full);
    if (tableGrants.length > 0) {
      out.push("| role | granted |");
      out.push("|---|---|");
      for (const g of tableGrants) out.push(`| ${g.grantee} | ${cell(g.privileges)} |`);
    } else {
      out.push("No grants: no role but the owner's definer functions reach it.");
    }
  }
  out.push("");
  out.push("## SECURITY DEFINER functions");
  out.push("");
  out.push("These run with their owner's rights; `hp_definer` bypasses RLS, so each is a place where");
  out.push("the code, not a policy, decides what is visible. Each pins its `search_path`.");
  out.push("");
  out.push("| function | owner | volatility | settings | executable by |");
  out.push("|---|---|---|---|---|");
  for (const f of functions) {
    out.push(`| \`${cell(f.signature)}\` | ${f.owner} | ${f.volatility} | ${cell(f.config)} | ${cell(f.executors)} |`);
  }
  out.push("");
  return out.join("\n");
}

function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9_ -]/g, "").replace(/ /g, "-");
}

// The crisis detector (migration section 5.1, library in db/reference/040-crisis-keywords.sql)
// against its labelled evaluation set, db/tests/fixtures/crisis_evaluation.csv: 379
// messages in English, Spanish and French, each with the level a clinician expects.
// Every message is assessed as a patient would trigger it (hp_patient, in a rolled-back
// transaction, language unknown so every language is tried), then the report is printed:
// the confusion table, the two figures that matter and every message it gets wrong.
//
//   recall of escalation   messages expected high or critical that come out high or
//                          critical: a miss is a person in danger nobody is paged for.
//                          Must be >= 0.95.
//   false escalation       messages expected none or low that come out high or critical:
//                          each one pages a clinician for nothing. Must be <= 0.05.
//
// Then a few focused cases: empty, emoji-only and 1 MB texts, a mixed-language message,
// a negation that explains itself, the library hidden from patients, and the library's
// fast pre-check (requires_any) never hiding a match.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { withRootClient } from "../helpers/db.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE = path.join(PROJECT_ROOT, "db/tests/fixtures/crisis_evaluation.csv");
const LEVELS = ["none", "low", "moderate", "high", "critical"] as const;
type Level = (typeof LEVELS)[number];
const MIN_RECALL = 0.95;
const MAX_FALSE_ESCALATION = 0.05;

interface Message {
  id: string;
  language: string;
  expected: Level;
  case: string;
  text: string;
}

interface Assessment {
  crisis_score: string;
  risk_level: Level;
  signals: Array<{ slug: string; category: string; weight: number; matched: string; modifiers?: Array<{ kind: string }> }>;
}

/** RFC 4180: fields separated by commas, optionally quoted; "" is a quote inside quotes; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

function readFixture(): Message[] {
  const [header, ...rows] = parseCsv(readFileSync(FIXTURE, "utf8"));
  expect(header).toEqual(["id", "language", "expected_level", "case", "text"]);
  return rows.map(([id, language, expected, kase, text]) => {
    expect(LEVELS).toContain(expected);
    return { id: id!, language: language!, expected: expected as Level, case: kase!, text: text! };
  });
}

/** Runs fn as hp_patient (what a patient's write runs the detector as), then rolls back. */
async function asPatient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withRootClient(async (client) => {
    await client.query("begin");
    try {
      await client.query("set local role hp_patient");
      return await fn(client);
    } finally {
      await client.query("rollback");
    }
  });
}

async function assess(client: pg.PoolClient, text: string | null, language: string | null = null): Promise<Assessment> {
  const { rows } = await client.query<Assessment>(
    "select crisis_score, risk_level, signals from app_public.assess_crisis_text($1, $2)",
    [text, language],
  );
  return rows[0]!;
}

const escalates = (level: Level) => level === "high" || level === "critical";

describe("the crisis detector on the evaluation set", () => {
  let messages: Message[];
  let results: Array<Message & { got: Level; score: string; signals: Assessment["signals"] }>;
  let serverMs: number[];

  beforeAll(async () => {
    messages = readFixture();
    expect(messages.length).toBeGreaterThan(0);
    ({ results, serverMs } = await asPatient(async (client) => {
      const out: typeof results = [];
      const ms: number[] = [];
      for (const m of messages) {
        // Timed inside PostgreSQL, so the figure is the detector's cost, not the round trip.
        const { rows } = await client.query<Assessment & { ms: number }>(
          `select (a).crisis_score, (a).risk_level, (a).signals, extract(epoch from clock_timestamp() - t0) * 1000 as ms
           from (select clock_timestamp() as t0) s,
                lateral (select app_public.assess_crisis_text($1, null) as a offset 0) x`,
          [m.text],
        );
        const r = rows[0]!;
        out.push({ ...m, got: r.risk_level, score: r.crisis_score, signals: r.signals });
        ms.push(Number(r.ms));
      }
      return { results: out, serverMs: ms };
    }));

    const table = [`expected \\ got ${LEVELS.map((l) => l.padStart(10)).join("")}`];
    for (const expected of LEVELS) {
      const counts = LEVELS.map((got) => results.filter((r) => r.expected === expected && r.got === got).length);
      table.push(`${expected.padEnd(15)}${counts.map((n) => String(n).padStart(10)).join("")}`);
    }
    const wrong = results
      .filter((r) => r.got !== r.expected)
      .map((r) => {
        const crosses = escalates(r.expected) !== escalates(r.got) ? "!!" : "  ";
        const why = r.signals.map((s) => `${s.slug}:${s.weight}`).join(" ");
        return `${crosses} ${r.id} expected ${r.expected}, got ${r.got} (${r.score}): ${r.text}\n      ${why || "no signal"}`;
      });
    const sorted = [...serverMs].sort((a, b) => a - b);
    const p50 = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      [
        "Crisis detector, evaluation set (db/tests/fixtures/crisis_evaluation.csv):",
        ...table,
        `recall of escalation: ${recall().toFixed(3)} (minimum ${MIN_RECALL}); ` +
          `false escalation: ${falseEscalation().toFixed(3)} (maximum ${MAX_FALSE_ESCALATION}); ` +
          `p50 ${p50.toFixed(2)} ms per message in the server`,
        `${wrong.length} messages not at their expected level (!! = on the wrong side of high):`,
        ...wrong,
      ].join("\n"),
    );
  });

  function recall(): number {
    const needed = results.filter((r) => escalates(r.expected));
    return needed.filter((r) => escalates(r.got)).length / needed.length;
  }

  function falseEscalation(): number {
    const benign = results.filter((r) => r.expected === "none" || r.expected === "low");
    return benign.filter((r) => escalates(r.got)).length / benign.length;
  }

  test(`escalates at least ${MIN_RECALL * 100}% of the messages that need it (expected high or critical)`, () => {
    const missed = results.filter((r) => escalates(r.expected) && !escalates(r.got)).map((r) => `${r.id} ${r.text}`);
    if (recall() < MIN_RECALL) throw new Error(`recall ${recall().toFixed(3)} < ${MIN_RECALL}; missed:\n${missed.join("\n")}`);
    expect(recall()).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  test(`escalates at most ${MAX_FALSE_ESCALATION * 100}% of the messages that do not (expected none or low)`, () => {
    const raised = results
      .filter((r) => !escalates(r.expected) && r.expected !== "moderate" && escalates(r.got))
      .map((r) => `${r.id} ${r.text}`);
    if (falseEscalation() > MAX_FALSE_ESCALATION) {
      throw new Error(`false escalation ${falseEscalation().toFixed(3)} > ${MAX_FALSE_ESCALATION}:\n${raised.join("\n")}`);
    }
    expect(falseEscalation()).toBeLessThanOrEqual(MAX_FALSE_ESCALATION);
  });
});

describe("the crisis detector on awkward input", () => {
  test.each([
    ["empty text", ""],
    ["white space", " \n\t "],
    ["no text at all (null)", null],
    ["emoji only", "😔😔😔🌧️💀"],
    ["numbers and punctuation", "10/10 !!! ... 7.5"],
  ])("%s is none, with no signal", async (_what, text) => {
    const result = await asPatient((client) => assess(client, text));
    expect(result).toEqual({ crisis_score: "0.0000", risk_level: "none", signals: [] });
  });

  test("1 MB of text returns (only the first 20,000 characters are read)", async () => {
    const benign = await asPatient((client) => assess(client, "The weather is lovely and I feel fine. ".repeat(27_000)));
    expect(LEVELS).toContain(benign.risk_level);
    expect(benign.risk_level).toBe("none");
    const crisis = await asPatient((client) => assess(client, "I want to kill myself tonight. ".repeat(34_000)));
    expect(crisis.risk_level).toBe("critical");
  });

  test("a mixed-language message is read in every language", async () => {
    const levels = await asPatient(async (client) => [
      (await assess(client, "Honestly hoy no puedo más, I want to kill myself")).risk_level,
      (await assess(client, "me quiero matar, I swear I can't do this anymore")).risk_level,
      (await assess(client, "c'est ce soir, I've written the letters, adieu")).risk_level,
    ]);
    expect(levels).toEqual(["critical", "high", "critical"]);
  });

  test("a negated phrase is kept in the signals, with the negation that cancelled it", async () => {
    const result = await asPatient((client) => assess(client, "I'm not suicidal, just tired."));
    expect(result.risk_level).not.toBe("high");
    expect(result.signals).toContainEqual(
      expect.objectContaining({ slug: "en-suicidal", weight: 0, modifiers: [expect.objectContaining({ kind: "negation" })] }),
    );
  });

  test("patients cannot read the keyword library: only the detector (hp_definer) and admins do", async () => {
    await expect(asPatient((client) => client.query("select slug from app_public.crisis_keywords limit 1"))).rejects.toMatchObject({
      code: "42501",
    });
  });
});

describe("the keyword library", () => {
  test("its fast pre-check (requires_any) never hides a match on the evaluation set", async () => {
    const texts = readFixture().map((m) => m.text);
    const hidden = await withRootClient(async (client) => {
      const { rows } = await client.query<{ library: string; slug: string; id: number }>(
        `with texts as (
           select n as id, ' ' || translate(app_private.crisis_fold(t), E'\\n', ' ') || ' ' as padded
           from unnest($1::text[]) with ordinality as x(t, n)
         ), library as (
           select 'crisis_keywords' as library, slug, pattern, requires_any from app_public.crisis_keywords
           union all
           select 'crisis_modifiers', slug, pattern, requires_any from app_public.crisis_modifiers
         )
         -- Pattern by pattern (each regular expression compiled once), over every text.
         select l.library, l.slug, t.id::int
         from library l
         cross join lateral (select x.id, x.padded from texts x where x.padded ~ l.pattern offset 0) t
         where not exists (select from unnest(l.requires_any) f where strpos(t.padded, f) > 0)`,
        [texts],
      );
      return rows;
    });
    expect(hidden).toEqual([]);
  });
});

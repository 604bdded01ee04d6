// Who writes the text of a mood insight. The statistics are computed in SQL
// (app_private.mood_period_statistics); a provider turns them into a few readable,
// supportive sentences. The default provider is deterministic and offline (tests
// and a fresh machine need no network); an AI model can be added as another
// provider and chosen with INSIGHT_PROVIDER without touching the task or the table.
//
// A provider only ever receives the statistics: counts, averages, dates and the
// patient's own activity tags. Never notes, names or contact details.

export interface MoodStatistics {
  period_start: string;
  period_end: string;
  days_in_period: number;
  entries: number;
  average: {
    overall_mood: number | null;
    energy_level: number | null;
    anxiety_level: number | null;
    stress_level: number | null;
    sleep_hours: number | null;
  };
  previous_average_mood: number | null;
  best_day: { date: string; overall_mood: number } | null;
  hardest_day: { date: string; overall_mood: number } | null;
  top_activities: { activity: string; days: number; average_mood: number }[];
  sleep_mood_correlation: number | null;
}

export type InsightPeriod = "week" | "month";

export interface InsightProvider {
  /** Stored with each insight, so a reader knows who wrote it. */
  readonly name: string;
  write(statistics: MoodStatistics, period: InsightPeriod): Promise<string>;
}

const weekday = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" });
const one = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

/** Template sentences, the same text for the same numbers. */
export const templateProvider: InsightProvider = {
  name: "template-v1",
  async write(s, period) {
    const sentences: string[] = [];
    sentences.push(`This ${period} you checked in on ${s.entries} of ${s.days_in_period} days.`);
    const mood = s.average.overall_mood;
    if (mood !== null) {
      let sentence = `Your average mood was ${one(mood)} out of 10`;
      if (s.previous_average_mood !== null) {
        const change = mood - s.previous_average_mood;
        sentence +=
          Math.abs(change) < 0.25
            ? `, about the same as the ${period} before`
            : `, ${change > 0 ? "up" : "down"} ${one(Math.abs(change))} from the ${period} before`;
      }
      sentences.push(`${sentence}.`);
    }
    if (s.best_day && s.hardest_day && s.best_day.date !== s.hardest_day.date) {
      sentences.push(
        `Your best day was ${weekday(s.best_day.date)} (${s.best_day.overall_mood}); ` +
          `the hardest was ${weekday(s.hardest_day.date)} (${s.hardest_day.overall_mood}).`,
      );
    }
    if (s.average.sleep_hours !== null) {
      let sentence = `You slept ${one(s.average.sleep_hours)} hours a night on average`;
      if (s.sleep_mood_correlation !== null && s.sleep_mood_correlation >= 0.4) {
        sentence += ", and your mood tended to be better after more sleep";
      }
      sentences.push(`${sentence}.`);
    }
    const top = s.top_activities[0];
    if (top) {
      sentences.push(`You logged "${top.activity}" most often (${top.days} days, average mood ${one(top.average_mood)}).`);
    }
    if (mood !== null && mood < 4) {
      sentences.push("It sounds like a hard stretch. Be gentle with yourself, and reach out to someone you trust if you can.");
    } else if (s.entries >= Math.ceil(s.days_in_period * 0.7)) {
      sentences.push("Checking in this regularly is a real achievement. Well done.");
    }
    return sentences.join(" ");
  },
};

const providers: Record<string, InsightProvider> = {
  template: templateProvider,
};

/** The provider named by INSIGHT_PROVIDER (default: template). */
export function insightProvider(name = process.env.INSIGHT_PROVIDER ?? "template"): InsightProvider {
  const provider = providers[name];
  if (!provider) throw new Error(`Unknown INSIGHT_PROVIDER "${name}" (known: ${Object.keys(providers).join(", ")})`);
  return provider;
}

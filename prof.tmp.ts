import { getTopic, topicAndSubthemeIds } from "./lib/topics/queries";
import { relatedThemes, topicFeed, topicTotals } from "./lib/topics/feed";
import { closeDb } from "./lib/db";
async function time(name: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await f();
  const t = performance.now(); for (let i = 0; i < 10; i++) await f(); console.log(name, ((performance.now() - t) / 10).toFixed(1), "ms");
}
async function main() {
  const topic = (await getTopic("narcotics-trafficking"))!;
  const ids = await topicAndSubthemeIds(topic.slug);
  await time("ids", () => topicAndSubthemeIds(topic.slug));
  await time("feed", () => topicFeed(ids, 1));
  await time("totals", () => topicTotals(ids));
  await time("related", () => relatedThemes(topic.id, ids, topic.parentId));
}
main().finally(closeDb);

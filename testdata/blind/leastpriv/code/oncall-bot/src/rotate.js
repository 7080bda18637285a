// Weekly on-call hand-over: point the @oncall-payments user group at this
// week's pair, announce it and pin the announcement.
//
// Two tokens: the bot token for reading groups and posting, and an admin's
// user token, because editing a user group's members is done as a person.
import { readFile } from "node:fs/promises";
import { WebClient } from "@slack/web-api";

const bot = new WebClient(process.env.ONCALL_BOT_TOKEN);
const admin = new WebClient(process.env.ONCALL_ADMIN_USER_TOKEN);

const schedule = JSON.parse(await readFile(new URL("../schedule.json", import.meta.url)));
const week = Math.floor(Date.now() / (7 * 24 * 3600 * 1000));
const pair = schedule.weeks[week % schedule.weeks.length];

const { usergroups } = await bot.usergroups.list({ include_disabled: false });
const group = usergroups.find((g) => g.handle === schedule.handle);
if (!group) throw new Error(`no user group @${schedule.handle}`);

await admin.usergroups.users.update({ usergroup: group.id, users: pair.join(",") });

const posted = await bot.chat.postMessage({
  channel: schedule.channel,
  text: `:pager: This week <!subteam^${group.id}> is ${pair.map((u) => `<@${u}>`).join(" and ")}.`,
});
await bot.pins.add({ channel: schedule.channel, timestamp: posted.ts });

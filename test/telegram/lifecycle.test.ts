import { describe, expect, it, vi } from "vitest";
import { privateText } from "../helpers/telegram-recorder.js";
import { makeChannel } from "./harness.js";

describe("Telegram channel start", () => {
  it("registers the command menu and survives a server that lacks setMyCommands", async () => {
    const { channel, recorder } = makeChannel({
      webhook: { url: "https://bot.example.gov.vn/telegram", secret: "s3cret" },
    });
    recorder.failNext(500, "Internal Server Error");
    await channel.start();
    expect(recorder.callsTo("setMyCommands")[0]?.payload.commands).toEqual([{ command: "start", description: "Bắt đầu" }]);
    expect(recorder.callsTo("setWebhook")[0]?.payload).toMatchObject({
      url: "https://bot.example.gov.vn/telegram",
      secret_token: "s3cret",
    });
    await channel.stop();
  });

  it("long polling: stop() waits for the update in hand", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered = false;
    let finished = false;
    const { channel, recorder } = makeChannel({
      hooks: {
        onIncoming: async () => {
          entered = true;
          await gate;
          finished = true;
        },
      },
    });
    let served = false;
    recorder.respond("getUpdates", () => {
      if (served) return [];
      served = true;
      return [privateText("/start")];
    });
    await channel.start();
    expect(recorder.callsTo("deleteWebhook")[0]?.payload.drop_pending_updates).toBe(false);
    // Wait until the update is being handled, then stop while it is still in hand.
    await vi.waitFor(() => expect(entered).toBe(true));
    const stopping = channel.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);
  });
});

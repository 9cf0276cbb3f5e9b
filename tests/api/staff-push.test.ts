// Web Push for staff alerts, against a push service on loopback: the subscription is kept per
// staff member, an urgent post sends an encrypted, VAPID-signed message that decrypts to words
// with nothing from the post, and a browser that unsubscribed (410) is forgotten.
import { createECDH, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type HarbourApp } from "../../server/app.ts";
import { DEFAULT_ALERTS } from "../../server/alerts/config.ts";
import type { PushSender } from "../../server/alerts/push.ts";
import { startAlerts } from "../../server/alerts/start.ts";
import { QueueEvents } from "../../server/events.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testConfig } from "../helpers/server.ts";
import { newStaff, type StaffLogin } from "../helpers/staff.ts";
import { until } from "../helpers/until.ts";

// http_ece is what web-push encrypts with; here it plays the browser decrypting a message.
const ece = createRequire(import.meta.url)("http_ece") as { decrypt(b: Buffer, p: { version: string; privateKey: unknown; authSecret: string }): Buffer };

const URGENT = "i've swallowed all the tablets from the bathroom cabinet, it's happening now";
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:safeguarding@harbour.example" };

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** A browser's subscription: its own key pair and auth secret, as PushManager would make them. */
function browserKeys(endpoint: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, json: { endpoint, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } } };
}


describe.each(DIALECTS)("Web Push alerts on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  let alerts: { stop(): Promise<void> };
  let lead: StaffLogin;
  let pushService: ReturnType<typeof createServer>;
  let origin = "";
  const received: Received[] = [];

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    pushService = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = req.url?.includes("/gone/") ? 410 : 201;
        res.end();
      });
    });
    await new Promise<void>((resolve) => pushService.listen(0, "127.0.0.1", resolve));
    origin = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
    // The real web-push request (encryption, VAPID JWT, headers), delivered over plain HTTP to
    // the loopback push service instead of TLS to a public one.
    const sender: PushSender = {
      async send(target, payload) {
        const d = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, { vapidDetails: vapid, TTL: 3600, urgency: "high" });
        const res = await fetch(d.endpoint.replace(/^https:/, "http:"), { method: d.method, headers: d.headers as Record<string, string>, body: d.body ? new Uint8Array(d.body) : undefined });
        if (res.status === 404 || res.status === 410) return { gone: true };
        if (!res.ok) throw Object.assign(new Error(`push service answered ${res.status}`), { statusCode: res.status });
        return { gone: false };
      },
    };
    const events = new QueueEvents();
    const config = testConfig({ webDir: null, alerts: { ...DEFAULT_ALERTS, vapid, pollMs: 100, retryMs: [300], linkOrigin: "https://harbour.example" } });
    app = createApp({ db: database.db, dialect: database.dialect, config, events });
    alerts = startAlerts(database.db, database.dialect, config, events, sender);
    lead = await newStaff(app, database.db, "safeguarding_lead");
  });
  afterAll(async () => {
    await alerts.stop();
    await new Promise<void>((resolve) => pushService.close(() => resolve()));
    await database.drop();
  });

  it("a subscribed browser gets an encrypted, VAPID-signed push with nothing from the post; an unsubscribed one is forgotten", async () => {
    const info = await lead.client.get("/api/staff/me/push");
    expect(info.body).toMatchObject({ available: true, publicKey: vapid.publicKey, subscribed: 0 });
    const browser = browserKeys(`${origin}/push/${randomBytes(8).toString("hex")}`);
    const gone = browserKeys(`${origin}/gone/${randomBytes(8).toString("hex")}`);
    expect((await lead.client.post("/api/staff/me/push", browser.json)).status).toBe(201);
    expect((await lead.client.post("/api/staff/me/push", gone.json)).status).toBe(201);
    expect((await lead.client.get("/api/staff/me/push")).body.subscribed).toBe(2);

    const author = new Client(app);
    const me = await author.post("/api/identities", { space: "young-people" });
    expect((await author.post("/api/spaces/young-people/threads", { title: "help", body: URGENT })).body.status).toBe("with_safeguarding_team");

    const message = await until(() => received.find((r) => r.path === new URL(browser.json.endpoint).pathname));
    expect(message.headers["content-encoding"]).toBe("aes128gcm");
    expect(message.headers.urgency).toBe("high");
    expect(String(message.headers.authorization)).toContain(`k=${vapid.publicKey}`);
    expect(message.body.toString("latin1")).not.toContain("tablets");
    const payload = JSON.parse(ece.decrypt(message.body, { version: "aes128gcm", privateKey: browser.ecdh, authSecret: browser.json.keys.auth }).toString("utf8"));
    expect(payload).toMatchObject({ title: "Harbour: an urgent item is waiting", urgent: true });
    expect(payload.url).toMatch(/^https:\/\/harbour\.example\/staff\/alerts\/[0-9a-f-]{36}$/);
    const words = JSON.stringify(payload).toLowerCase();
    for (const w of ["swallowed", "tablets", "cabinet", "immediate", "self_harm", me.body.pseudonym.toLowerCase()]) expect(words).not.toContain(w);

    // The push service said the other browser is gone: Harbour forgets it.
    await until(async () => (await lead.client.get("/api/staff/me/push")).body.subscribed === 1);
    const audit = (await lead.client.get("/api/staff/audit")).body.entries as Array<{ action: string }>;
    expect(audit.some((e) => e.action === "alert.push_sent")).toBe(true);
  });

  it("refuses bad subscriptions and unknown removals with a clear 4xx", async () => {
    for (const body of [{}, { endpoint: "http://insecure.example/x", keys: { p256dh: "a", auth: "b" } }, { endpoint: `${origin}/push/x`, keys: { p256dh: "not base64!", auth: "b" } }]) {
      const res = await lead.client.post("/api/staff/me/push", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatch(/\w/);
    }
    expect((await lead.client.post("/api/staff/me/push/remove", { endpoint: `${origin}/push/never` })).status).toBe(404);
    const browser = browserKeys(`${origin}/push/${randomBytes(8).toString("hex")}`);
    expect((await lead.client.post("/api/staff/me/push", browser.json)).status).toBe(201);
    const other = await newStaff(app, database.db, "safeguarding_lead");
    expect((await other.client.post("/api/staff/me/push/remove", { endpoint: browser.json.endpoint })).status).toBe(404);
    expect((await lead.client.post("/api/staff/me/push/remove", { endpoint: browser.json.endpoint })).status).toBe(200);
    const partner = await newStaff(app, database.db, "partnership_lead");
    expect((await partner.client.post("/api/staff/me/push", browser.json)).status).toBe(403);
  });
});

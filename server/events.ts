import { EventEmitter } from "node:events";
import type { Kysely } from "kysely";
import { listen, notify, type Listener } from "../db/notifications.ts";
import type { Database } from "../db/schema.ts";
import { log } from "./log.ts";

export interface QueueEvent {
  /** "resync": events may have been missed (the database connection came back); reload the queue. */
  type: "queued" | "decided" | "escalated" | "claimed" | "released" | "resync";
  itemId: string;
  severity: number;
}

/**
 * Fan-out to the staff queue's live streams. On SQLite there is one Harbour process per
 * database, so events stay in this process.
 */
export class QueueEvents {
  protected readonly emitter = new EventEmitter().setMaxListeners(10_000);

  publish(event: QueueEvent): void {
    this.deliver(event);
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.emitter.on("queue", listener);
    return () => this.emitter.off("queue", listener);
  }

  /** Runs `listener` when this process is shutting down and open streams should end. */
  onClosing(listener: () => void): () => void {
    this.emitter.on("closing", listener);
    return () => this.emitter.off("closing", listener);
  }

  closeStreams(): void {
    this.emitter.emit("closing");
  }

  async close(): Promise<void> {}

  protected deliver(event: QueueEvent): void {
    this.emitter.emit("queue", event);
  }
}

const CHANNEL = "harbour_queue";

/**
 * On PostgreSQL several instances share the database, and a queue change made on one must reach
 * the live queues open on all of them: events travel by NOTIFY, and every instance (this one too)
 * delivers what it hears on its LISTEN connection.
 */
export class PostgresQueueEvents extends QueueEvents {
  private readonly listener: Listener;

  constructor(
    private readonly db: Kysely<Database>,
    url: string,
  ) {
    super();
    this.listener = listen(url, CHANNEL, {
      onMessage: (payload) => {
        const event = parseEvent(payload);
        if (event) this.deliver(event);
      },
      // Anything published while the connection was down was missed: open queues reload.
      onConnected: (again) => {
        if (again) {
          log.info("queue events: listening again");
          this.deliver({ type: "resync", itemId: "", severity: 0 });
        }
      },
      onLost: (err) => log.warn({ err: String(err) }, "queue events: listening connection lost, retrying"),
    });
  }

  override publish(event: QueueEvent): void {
    // After the change is committed; a failure here must never fail the request that made it.
    notify(this.db, CHANNEL, JSON.stringify(event)).catch((err: unknown) => {
      log.warn({ err: String(err) }, "queue events: notify failed");
    });
  }

  override async close(): Promise<void> {
    await this.listener.close();
  }
}

function parseEvent(payload: string): QueueEvent | null {
  try {
    const e = JSON.parse(payload) as Partial<QueueEvent>;
    if (typeof e.type !== "string" || typeof e.itemId !== "string" || typeof e.severity !== "number") return null;
    return e as QueueEvent;
  } catch {
    return null;
  }
}

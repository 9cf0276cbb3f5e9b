import { EventEmitter } from "node:events";

export interface QueueEvent {
  type: "queued" | "decided" | "escalated" | "claimed" | "released";
  itemId: string;
  severity: number;
}

// In-process fan-out to the staff queue's live stream. One Harbour process per database is
// assumed; several processes would need PostgreSQL LISTEN/NOTIFY here instead.
export class QueueEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(1000);

  publish(event: QueueEvent): void {
    this.emitter.emit("queue", event);
  }

  subscribe(listener: (event: QueueEvent) => void): () => void {
    this.emitter.on("queue", listener);
    return () => this.emitter.off("queue", listener);
  }
}

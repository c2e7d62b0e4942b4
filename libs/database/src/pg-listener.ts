import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * One PostgreSQL connection held open to LISTEN on a channel: `onNotify` runs for every NOTIFY
 * (sent on commit of the writing transaction). A lost connection is opened again with back-off;
 * whoever listens must also poll, because notifications sent while the connection was down are lost.
 */
export class PgListener {
  private readonly logger = new Logger(PgListener.name);
  private client?: Client;
  private closed = false;
  private retryMs = RECONNECT_MIN_MS;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  start(): void {
    this.closed = false;
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: `tashakkol-listen-${this.channel}`,
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.onNotify());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.closed) return void (await client.end().catch(() => undefined));
      this.client = client;
      this.retryMs = RECONNECT_MIN_MS;
    } catch (err) {
      this.lost(client, err);
    }
  }

  private lost(client: Client, err?: unknown): void {
    if (this.client && this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    if (this.closed || this.timer) return;
    if (err)
      this.logger.warn(
        `LISTEN ${this.channel} lost (${err instanceof Error ? err.message : String(err)}); retrying`,
      );
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.closed) void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
  }
}

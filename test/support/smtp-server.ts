import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './redis-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server on a free loopback port, for tests of the e-mail a notification sends. It
 * keeps what arrived, and can refuse a recipient (451, try later) a given number of times.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  readonly refusals = new Map<string, number>();
  readonly attempts = new Map<string, number>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<TestSmtpServer> {
    const port = await freePort();
    // The callbacks need the instance, which needs the server: filled in right after.
    const ref: { self?: TestSmtpServer } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const to = address.address.toLowerCase();
        ref.self?.attempts.set(to, (ref.self.attempts.get(to) ?? 0) + 1);
        const left = ref.self?.refusals.get(to) ?? 0;
        if (left > 0) {
          ref.self?.refusals.set(to, left - 1);
          const err = new Error('mailbox busy, try later') as Error & { responseCode: number };
          err.responseCode = 451;
          return callback(err);
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
            ref.self?.received.push({
              to: (to?.value[0]?.address ?? '').toLowerCase(),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            });
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    ref.self = new TestSmtpServer(server, port);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return ref.self;
  }

  to(email: string): ReceivedMail[] {
    return this.received.filter((m) => m.to === email.toLowerCase());
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

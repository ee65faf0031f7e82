// Real receivers for the notification channels, in the test process: an SMTP server (the
// `smtp-server` package, the one Nodemailer's authors maintain) and an HTTP server that checks
// the webhook and 钉钉 signatures the way a customer's system would — written here from the
// documented formats, not with the sender's own code.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  delivery: string;
  user: string;
}

export interface MailServer {
  port: number;
  /** Messages the server accepted (answered 250 to). */
  accepted: ReceivedMail[];
  /**
   * Before answering each message: called with it (and whether the sender has hung up) until it
   * returns true; the server answers when the promise resolves — or, if the sender is gone, drops it.
   */
  hold(hook: (mail: ReceivedMail, senderGone: () => boolean) => Promise<boolean>): void;
  close(): Promise<void>;
}

/** An SMTP server on a free loopback port that requires AUTH with `user` / `password`. */
export async function startMailServer(user: string, password: string): Promise<MailServer> {
  const accepted: ReceivedMail[] = [];
  let hold: ((mail: ReceivedMail, senderGone: () => boolean) => Promise<boolean>) | null = null;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const mail: ReceivedMail = {
            messageId: parsed.messageId ?? '',
            from: parsed.from?.text ?? '',
            to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? ''),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            delivery: String(parsed.headers.get('x-pinzhi-delivery') ?? ''),
            user: String(session.user ?? ''),
          };
          if (hold && (await hold(mail, () => !!(session as unknown as { closed?: boolean }).closed))) hold = null;
          // A sender that went away before our answer did not deliver: a real MTA drops it.
          if ((session as unknown as { closed?: boolean }).closed) return callback(new Error('connection closed'));
          accepted.push(mail);
          callback();
        })
        .catch((e) => callback(e));
    },
    onClose(session) {
      (session as unknown as { closed?: boolean }).closed = true;
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = ((server as unknown as { server: Server }).server.address() as AddressInfo).port;
  return {
    port,
    accepted,
    hold: (hook) => (hold = hook),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ReceivedCall {
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads loosely typed bodies
  body: Record<string, any>;
  /** Did the signature check pass (webhook: X-Pinzhi-Signature; 钉钉: sign in the URL)? */
  signatureValid: boolean;
  delivery: string;
  /** The status answered. */
  status: number;
}

export interface HttpReceiver {
  url: string;
  calls: ReceivedCall[];
  /** The next `n` calls to `path` answer 500. */
  failNext(path: string, n: number): void;
  /** Before answering the next call: called with it; answers when the promise resolves. */
  holdNext(hook: (call: ReceivedCall) => Promise<void>): void;
  close(): Promise<void>;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Paths: /hook (generic webhook, secret `webhookSecret`), /dingtalk (钉钉 robot, secret
 * `dingtalkSecret`), /wecom (企业微信 robot). Robots answer {errcode: 0}.
 */
export async function startHttpReceiver(secrets: { webhookSecret: string; dingtalkSecret: string }): Promise<HttpReceiver> {
  const calls: ReceivedCall[] = [];
  const failing = new Map<string, number>();
  let hold: ((call: ReceivedCall) => Promise<void>) | null = null;
  const server = createServer(async (req, res) => {
    const raw = await read(req);
    const url = new URL(req.url ?? '/', 'http://receiver');
    let signatureValid = false;
    if (url.pathname === '/hook') {
      const ts = String(req.headers['x-pinzhi-timestamp'] ?? '');
      const expected = `sha256=${createHmac('sha256', secrets.webhookSecret).update(`${ts}.${raw}`).digest('hex')}`;
      const fresh = Math.abs(Date.now() / 1000 - Number(ts)) < 300;
      signatureValid = fresh && same(String(req.headers['x-pinzhi-signature'] ?? ''), expected);
    } else if (url.pathname === '/dingtalk') {
      // 钉钉: sign = Base64(HmacSHA256(secret, timestamp + "\n" + secret)), timestamp in ms, within an hour.
      const ts = url.searchParams.get('timestamp') ?? '';
      const expected = createHmac('sha256', secrets.dingtalkSecret).update(`${ts}\n${secrets.dingtalkSecret}`).digest('base64');
      signatureValid = Math.abs(Date.now() - Number(ts)) < 3_600_000 && same(url.searchParams.get('sign') ?? '', expected);
    } else if (url.pathname === '/wecom') signatureValid = url.searchParams.get('key') === 'wecom-key';
    const left = failing.get(url.pathname) ?? 0;
    const status = left > 0 ? 500 : signatureValid ? 200 : 401;
    if (left > 0) failing.set(url.pathname, left - 1);
    const call: ReceivedCall = {
      path: url.pathname,
      body: raw ? JSON.parse(raw) : {},
      signatureValid,
      delivery: String(req.headers['x-pinzhi-delivery'] ?? ''),
      status,
    };
    const h = hold;
    hold = null;
    if (h) await h(call);
    calls.push(call);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(
      url.pathname === '/hook'
        ? '{"ok":true}'
        : JSON.stringify({ errcode: status === 200 ? 0 : 310000, errmsg: status === 200 ? 'ok' : 'sign not match' }),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext: (path, n) => failing.set(path, n),
    holdNext: (hook) => (hold = hook),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { ChannelType } from '@pinzhi/domain';

/** What goes out, already worded in the recipient's language. */
export interface OutgoingMessage {
  /** The delivery's idempotency key: the e-mail Message-ID and the webhook's X-Pinzhi-Delivery. */
  deliveryId: string;
  kind: string;
  title: string;
  body: string;
  /** Absolute URL of the screen. */
  url: string;
  recipient: { userId: string; email: string; name: string };
  /** For webhooks: the stored notification (kind, entity, params) so systems need not parse text. */
  data: Record<string, unknown>;
  /** A digest lists several notifications. */
  items?: Array<{ title: string; body: string; url: string }>;
}

export interface EndpointConfig {
  type: ChannelType;
  config: Record<string, string | number | boolean | null>;
  /** The decrypted secret (SMTP password, robot / webhook signing secret). */
  secret: string | null;
}

/** Every call to another service has a timeout shorter than a job's lease. */
export const SEND_TIMEOUT_MS = 15_000;

export class DeliveryError extends Error {}

export async function send(endpoint: EndpointConfig, message: OutgoingMessage): Promise<string> {
  switch (endpoint.type) {
    case 'SMTP':
      return sendEmail(endpoint, message);
    case 'WECOM_ROBOT':
      return postRobot(String(endpoint.config['url']), wecomBody(message));
    case 'DINGTALK_ROBOT':
      return postRobot(dingtalkSignedUrl(String(endpoint.config['url']), endpoint.secret, Date.now()), dingtalkBody(message));
    case 'WEBHOOK':
      return postWebhook(String(endpoint.config['url']), endpoint.secret, message, Math.floor(Date.now() / 1000));
  }
}

// --- E-mail (SMTP through nodemailer)

function plainText(m: OutgoingMessage): string {
  const items = m.items?.map((i) => `• ${i.title}\n  ${i.body}\n  ${i.url}`).join('\n\n');
  return items ? `${m.body}\n\n${items}\n` : `${m.body}\n\n${m.url}\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function html(m: OutgoingMessage): string {
  const items = m.items?.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a><br>${escapeHtml(i.body)}</li>`).join('');
  return (
    `<div style="font-family:sans-serif"><p>${escapeHtml(m.body)}</p>` +
    (items ? `<ul>${items}</ul>` : `<p><a href="${escapeHtml(m.url)}">${escapeHtml(m.url)}</a></p>`) +
    '</div>'
  );
}

async function sendEmail(endpoint: EndpointConfig, m: OutgoingMessage): Promise<string> {
  const c = endpoint.config;
  const security = String(c['security'] ?? 'STARTTLS');
  const transport = nodemailer.createTransport({
    host: String(c['host']),
    port: Number(c['port']),
    secure: security === 'TLS',
    requireTLS: security === 'STARTTLS',
    ignoreTLS: security === 'NONE',
    auth: c['username'] ? { user: String(c['username']), pass: endpoint.secret ?? '' } : undefined,
    connectionTimeout: SEND_TIMEOUT_MS,
    greetingTimeout: SEND_TIMEOUT_MS,
    socketTimeout: SEND_TIMEOUT_MS,
  });
  try {
    const info = await transport.sendMail({
      from: String(c['fromAddress']),
      to: m.recipient.name ? { name: m.recipient.name, address: m.recipient.email } : m.recipient.email,
      subject: m.title,
      text: plainText(m),
      html: html(m),
      // The delivery id as Message-ID: a resend after a crash is recognisably the same message.
      messageId: `<${m.deliveryId}@pinzhi>`,
      headers: { 'X-Pinzhi-Delivery': m.deliveryId, 'X-Pinzhi-Kind': m.kind },
    });
    return String(info.response ?? 'sent');
  } finally {
    transport.close();
  }
}

// --- Group robots: 企业微信 (WeCom) and 钉钉 (DingTalk)

function markdown(m: OutgoingMessage): string {
  const who = m.recipient.name ? `@${m.recipient.name} ` : '';
  const items = m.items?.map((i) => `- [${i.title}](${i.url})`).join('\n');
  return `**${m.title}**\n\n${who}${m.body}\n\n${items ?? `[→ ${m.url}](${m.url})`}`;
}

function wecomBody(m: OutgoingMessage) {
  return { msgtype: 'markdown', markdown: { content: markdown(m) } };
}

function dingtalkBody(m: OutgoingMessage) {
  return { msgtype: 'markdown', markdown: { title: m.title, text: markdown(m) } };
}

/**
 * 钉钉's signed robot URL: sign = Base64(HMAC-SHA256(key = secret, text = timestamp + "\n" +
 * secret)), URL-encoded, with the timestamp in milliseconds (钉钉 refuses one older than an hour).
 */
export function dingtalkSignedUrl(url: string, secret: string | null, timestampMs: number): string {
  if (!secret) return url;
  const sign = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(timestampMs));
  u.searchParams.set('sign', sign);
  return u.toString();
}

async function postRobot(url: string, body: unknown): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  const text = await res.text();
  if (!res.ok) throw new DeliveryError(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  // Both robots answer 200 with {errcode, errmsg}; anything but errcode 0 is a failure.
  let parsed: { errcode?: number; errmsg?: string } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DeliveryError(`Unexpected answer: ${text.slice(0, 200)}`);
  }
  if (parsed.errcode !== 0) throw new DeliveryError(`errcode ${parsed.errcode}: ${parsed.errmsg ?? ''}`);
  return `errcode 0`;
}

// --- Generic outgoing webhooks, signed

/**
 * The signature a receiver checks: hex HMAC-SHA256 over `<timestamp>.<raw body>` with the
 * webhook's secret, sent as `X-Pinzhi-Signature: sha256=<hex>` with `X-Pinzhi-Timestamp`
 * (seconds). The timestamp inside the signed text lets receivers refuse replays.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

async function postWebhook(url: string, secret: string | null, m: OutgoingMessage, timestamp: number): Promise<string> {
  const body = JSON.stringify({
    id: m.deliveryId,
    kind: m.kind,
    title: m.title,
    body: m.body,
    url: m.url,
    recipient: m.recipient,
    ...m.data,
    ...(m.items ? { items: m.items } : {}),
  });
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Pinzhi-Webhook/1',
      'x-pinzhi-delivery': m.deliveryId,
      'x-pinzhi-event': m.kind,
      'x-pinzhi-timestamp': String(timestamp),
      ...(secret ? { 'x-pinzhi-signature': webhookSignature(secret, timestamp, body) } : {}),
    },
    body,
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  if (res.status < 200 || res.status >= 300) throw new DeliveryError(`HTTP ${res.status}`);
  await res.body?.cancel();
  return `HTTP ${res.status}`;
}
